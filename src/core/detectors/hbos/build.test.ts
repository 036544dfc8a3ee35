import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeClassicalContract } from '../classicalContract';
import { describeReferenceParity } from '../classical-shared/referenceParity';
import { rowsFrom } from '../classical-shared/rows';
import { build } from './build';
import { fitHistograms, heightOf } from './histograms';

describeClassicalContract('HBOS', build, { bins: 8 });
describeReferenceParity('HBOS, 10 bins', build, join(__dirname, 'reference.json'), { bins: 10 });
describeReferenceParity('HBOS, 5 bins', build, join(__dirname, 'reference_5.json'), { bins: 5 });

describe('HBOS histograms', () => {
  // Column 0 spans 0..4 in 4 bins of width 1; column 1 is constant.
  const rows = rowsFrom([
    [0, 7],
    [1, 7],
    [1, 7],
    [1, 7],
    [2, 7],
    [4, 7],
  ]);
  const histograms = fitHistograms(rows, 4);

  it('counts a value on an inner edge in the bin to its right, the maximum in the last bin', () => {
    // Bins [0,1) [1,2) [2,3) [3,4]: counts 1, 3, 1, 1, scaled so the tallest is 1.
    expect(Array.from(histograms.heights.subarray(0, 4))).toEqual([1 / 3, 1, 1 / 3, 1 / 3]);
    expect(heightOf(histograms, 0, 1, 0.5)).toBe(1);
    expect(heightOf(histograms, 0, 3, 0.5)).toBe(1 / 3);
    expect(heightOf(histograms, 0, 4, 0.5)).toBe(1 / 3);
  });

  it('gives a value within half a bin past the range its edge bin, and one further out height 0', () => {
    expect(heightOf(histograms, 0, -0.5, 0.5)).toBe(1 / 3);
    expect(heightOf(histograms, 0, -0.51, 0.5)).toBe(0);
    expect(heightOf(histograms, 0, 4.5, 0.5)).toBe(1 / 3);
    expect(heightOf(histograms, 0, 5, 0.5)).toBe(0);
    expect(heightOf(histograms, 0, Number.NaN, 0.5)).toBe(0);
  });

  it('spans a constant column over its value +- 0.5, as numpy does', () => {
    expect(Array.from(histograms.edges.subarray(5, 10))).toEqual([6.5, 6.75, 7, 7.25, 7.5]);
    expect(heightOf(histograms, 1, 7, 0.5)).toBe(1);
    expect(heightOf(histograms, 1, 6.8, 0.5)).toBe(0);
  });
});
