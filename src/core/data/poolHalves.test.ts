import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeMnistAsset } from './mnist';
import { encodeImageAsset, poolHalf, poolHalfIndices } from './poolHalves';

const labels = Uint8Array.from({ length: 101 }, (_, i) => (i * 7) % 3);

describe('pool halves', () => {
  it('split every class in two disjoint halves that cover the pool', () => {
    const tuning = poolHalfIndices(labels, 'tuning');
    const evaluation = poolHalfIndices(labels, 'evaluation');
    expect(tuning.length + evaluation.length).toBe(labels.length);
    const seen = new Set([...tuning, ...evaluation]);
    expect(seen.size).toBe(labels.length);
    for (const label of [0, 1, 2]) {
      const inClass = labels.filter((l) => l === label).length;
      expect(tuning.filter((i) => labels[i] === label).length).toBe(Math.ceil(inClass / 2));
    }
    // Ascending and the same on every call: the halves are fixed, not drawn per run.
    expect([...tuning]).toEqual([...tuning].sort((a, b) => a - b));
    expect(poolHalfIndices(labels, 'tuning')).toEqual(tuning);
  });

  it('make a pool of their own that survives the asset format', () => {
    const side = 2;
    const pixels = Uint8Array.from({ length: labels.length * side * side }, (_, i) => i % 251);
    const half = poolHalf({ count: labels.length, side, labels, pixels }, 'evaluation');
    const indices = poolHalfIndices(labels, 'evaluation');
    expect(half.count).toBe(indices.length);
    expect([...half.pixels.subarray(4, 8)]).toEqual([...pixels.subarray(indices[1] * 4, indices[1] * 4 + 4)]);
    const decoded = decodeMnistAsset(encodeImageAsset(half).buffer as ArrayBuffer);
    expect(decoded.ok && decoded.data).toEqual(half);
  });

  // The bundled MNIST asset (built at install): its halves are pinned, so a change to the shuffle
  // or the seed, which would silently move every figure onto other images, fails here.
  it.runIf(existsSync('public/mnist.bin'))('keep the bundled MNIST halves where the figures were measured', () => {
    const mnist = decodeMnistAsset(readFileSync('public/mnist.bin').buffer as ArrayBuffer);
    if (!mnist.ok) throw new Error(mnist.reason);
    const tuning = poolHalfIndices(mnist.data.labels, 'tuning');
    expect(tuning.length).toBe(5002);
    expect([...tuning.subarray(0, 8)]).toEqual([1, 3, 4, 8, 12, 15, 17, 18]);
  });
});
