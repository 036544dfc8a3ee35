// Writes a labelled set of square 8-bit images in the lab's binary asset format:
//   bytes 0-3  ASCII "MNST"      bytes 4-7   format version (uint32 LE, = 1)
//   bytes 8-11 sample count N    bytes 12-15 image side
//   then N uint8 labels, then N*side*side uint8 pixels (0-255, row-major).
import { mkdirSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** True when `outFile` is newer than every script that shapes it (the build can be skipped). */
export function upToDate(outFile, scriptFiles) {
  if (!existsSync(outFile)) return false;
  const built = statSync(outFile).mtimeMs;
  return scriptFiles.every((file) => statSync(file).mtimeMs < built);
}

/**
 * `classes[c]` lists the images of class c, each an array of side*side values; `toByte` maps a
 * stored value to 0-255. Images are written class by class, in the order given.
 */
export function writeImageAsset(outFile, classes, side, toByte) {
  const pixelsPerImage = side * side;
  const count = classes.reduce((sum, images) => sum + images.length, 0);
  const headerBytes = 16;
  const buffer = Buffer.alloc(headerBytes + count + count * pixelsPerImage);
  buffer.write('MNST', 0, 'ascii');
  buffer.writeUInt32LE(1, 4);
  buffer.writeUInt32LE(count, 8);
  buffer.writeUInt32LE(side, 12);
  let sample = 0;
  classes.forEach((images, label) => {
    for (const image of images) {
      if (image.length !== pixelsPerImage) throw new Error(`class ${label}: an image of ${image.length} values`);
      buffer[headerBytes + sample] = label;
      const base = headerBytes + count + sample * pixelsPerImage;
      for (let p = 0; p < pixelsPerImage; p += 1) buffer[base + p] = toByte(image[p]);
      sample += 1;
    }
  });
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, buffer);
  return { count, bytes: buffer.length };
}
