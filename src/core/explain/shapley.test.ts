import { describe, expect, it } from 'vitest';
import { shapleyAttribution, type RowScorer } from './shapley';

/** f(x) = Σ w_f x_f: a column's Shapley value is Σ over its features of w_f (x_f - mean baseline x_f). */
const linear =
  (weights: number[]): RowScorer =>
  async (rows, count) =>
    Float32Array.from({ length: count }, (_, r) =>
      weights.reduce((sum, w, f) => sum + w * rows[r * weights.length + f], 0),
    );

describe('Shapley attribution', () => {
  it('is exact for a linear score, features grouped into columns (e.g. one-hot codes)', async () => {
    const weights = [1, -2, 0.5, 3];
    const groups = Int32Array.from([0, 1, 1, 3]); // column 2 is not a feature
    const row = Float32Array.from([2, 1, 1, -1]);
    const baseline = Float32Array.from([0, 0, 0, 0, 2, 2, 2, 2]);
    const result = await shapleyAttribution(linear(weights), row, baseline, groups, 4, { seed: 1 });
    expect(result.method).toBe('exact');
    // Baseline means: 1 for every feature.
    expect(Array.from(result.columns)).toEqual([1 * (2 - 1), -2 * (1 - 1) + 0.5 * (1 - 1), 0, 3 * (-1 - 1)]);
    expect(result.score).toBeCloseTo(2 - 2 + 0.5 - 3, 6);
    expect(result.baseScore).toBeCloseTo(1 - 2 + 0.5 + 3, 6);
  });

  it('sums to score - baseline score for a non-linear score, exactly and by sampled orderings', async () => {
    const maxAbs: RowScorer = async (rows, count) => {
      const width = rows.length / count;
      return Float32Array.from({ length: count }, (_, r) =>
        Math.max(...Array.from(rows.subarray(r * width, (r + 1) * width), Math.abs)),
      );
    };
    for (const width of [5, 14]) {
      const groups = Int32Array.from({ length: width }, (_, f) => f);
      const row = Float32Array.from({ length: width }, (_, f) => (f === 3 ? 9 : Math.sin(f)));
      const baseline = Float32Array.from({ length: 6 * width }, (_, i) => Math.cos(i) * 0.5);
      const result = await shapleyAttribution(maxAbs, row, baseline, groups, width, { seed: 3 });
      expect(result.method).toBe(width > 10 ? 'sampled' : 'exact');
      const total = result.columns.reduce((sum, v) => sum + v, 0);
      expect(total).toBeCloseTo(result.score - result.baseScore, 4);
      // The one far-out feature carries the score.
      const top = result.columns.indexOf(Math.max(...result.columns));
      expect(top).toBe(3);
    }
  });
});
