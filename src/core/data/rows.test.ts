import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMnistAsset, gatherPixels } from './mnist';
import { encodeSharedScale, gatherUnits, sharedImageScale } from './rows';
import { oneClassSplit } from './split';
import { imageTrainingSet } from '../lab/imageSet';

describe('the rows every source shares', () => {
  it('gathers units of one or more rows, end to end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 6 }),
        (rowWidth, window, units) => {
          const rows = 9;
          const encoded = Float32Array.from({ length: rows * rowWidth }, (_, i) => i);
          const rowOf = (unit: number, step: number) => unit + step;
          const out = gatherUnits(encoded, rowWidth, units, window, rowOf);
          expect(out.length).toBe(units.length * window * rowWidth);
          units.forEach((unit, i) => {
            for (let k = 0; k < window; k += 1) {
              for (let p = 0; p < rowWidth; p += 1) {
                expect(out[(i * window + k) * rowWidth + p]).toBe((unit + k) * rowWidth + p);
              }
            }
          });
        },
      ),
    );
  });

  it('scales every pixel by one range (0-1 when nothing finite is seen)', () => {
    const values = Uint8Array.from([0, 50, 100, 20, 30, 40]);
    expect(Array.from(encodeSharedScale(values, 3, [0], sharedImageScale(20, 40)))).toEqual([-1, 1.5, 4]);
    expect(Array.from(encodeSharedScale(values, 3, [1], sharedImageScale(20, 40)))).toEqual([0, 0.5, 1]);
    expect(sharedImageScale(Infinity, -Infinity)).toEqual({ center: 0, spread: 1 });
    expect(sharedImageScale(7, 7)).toEqual({ center: 7, spread: 1 });
  });

  it('gives the bundled digits exactly the [0, 1] pixels they had (pixel / 255) for every normal digit', () => {
    const bytes = readFileSync('public/mnist.bin');
    const decoded = decodeMnistAsset(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    if (!decoded.ok) throw new Error(decoded.reason);
    const dataset = decoded.data;
    for (let digit = 0; digit < 10; digit += 1) {
      const split = oneClassSplit({
        labels: dataset.labels,
        normalClasses: [digit],
        seed: 42,
        contaminationPercent: 0,
        limit: 0,
      });
      const set = imageTrainingSet(dataset, split, [0, 1, 2]);
      // Byte for byte (a deep equality over millions of floats takes minutes).
      const same = (a: Float32Array, b: Float32Array) => Buffer.from(a.buffer).equals(Buffer.from(b.buffer));
      expect(set.fit.length).toBeGreaterThan(0);
      expect(same(set.fit, gatherPixels(dataset, split.fitIndices))).toBe(true);
      expect(same(set.test, gatherPixels(dataset, split.testIndices))).toBe(true);
    }
  });
});
