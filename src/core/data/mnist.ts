/** Decoding of the lab's image-set assets (public/mnist.bin, public/fashion.bin; format: scripts/image-asset.mjs). */
export interface MnistDataset {
  count: number;
  side: number;
  labels: Uint8Array;
  /** count * side * side pixels, 0-255, row-major. */
  pixels: Uint8Array;
}

const headerBytes = 16;
const magic = 'MNST';

export type DecodeResult = { ok: true; data: MnistDataset } | { ok: false; reason: string };

export function decodeMnistAsset(buffer: ArrayBuffer, name = 'MNIST'): DecodeResult {
  if (buffer.byteLength < headerBytes) return { ok: false, reason: `The ${name} asset is truncated (no header).` };
  const view = new DataView(buffer);
  const tag = String.fromCharCode(view.getUint8(0), view.getUint8(1), view.getUint8(2), view.getUint8(3));
  if (tag !== magic) return { ok: false, reason: `The ${name} asset has an unknown format.` };
  const count = view.getUint32(8, true);
  const side = view.getUint32(12, true);
  const expected = headerBytes + count + count * side * side;
  if (buffer.byteLength !== expected) {
    return { ok: false, reason: `The ${name} asset is ${buffer.byteLength} bytes; expected ${expected}.` };
  }
  return {
    ok: true,
    data: {
      count,
      side,
      labels: new Uint8Array(buffer, headerBytes, count),
      pixels: new Uint8Array(buffer, headerBytes + count, count * side * side),
    },
  };
}

/** Gathers the given samples' pixels as floats in [0, 1], one row per sample. */
export function gatherPixels(dataset: MnistDataset, indices: ArrayLike<number>): Float32Array {
  const size = dataset.side * dataset.side;
  const out = new Float32Array(indices.length * size);
  for (let row = 0; row < indices.length; row += 1) {
    const base = indices[row] * size;
    for (let p = 0; p < size; p += 1) out[row * size + p] = dataset.pixels[base + p] / 255;
  }
  return out;
}

/** Gathers the given samples' raw uint8 pixels (for display on the page). */
export function gatherRawPixels(dataset: MnistDataset, indices: ArrayLike<number>): Uint8Array {
  const size = dataset.side * dataset.side;
  const out = new Uint8Array(indices.length * size);
  for (let row = 0; row < indices.length; row += 1) {
    out.set(dataset.pixels.subarray(indices[row] * size, (indices[row] + 1) * size), row * size);
  }
  return out;
}
