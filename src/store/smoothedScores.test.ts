import { describe, expect, it } from 'vitest';
import type { PreparedTable } from '../core/lab/tableSet';
import { viewScores } from './smoothedScores';

/** A series run's shape as the view reads it: windows of 3, test windows at 10-13, training ones at 0-2. */
const series = {
  window: 3,
  stride: 1,
  testRowNumbers: Int32Array.from([13, 14, 15, 16]),
  sequence: { steps: 3, channels: 1 },
  series: { testStarts: Int32Array.from([10, 11, 12, 13]), trainStarts: Int32Array.from([2, 0, 1]) },
} as unknown as PreparedTable;

describe('the scores the view shows', () => {
  const raw = { test: Float32Array.from([1, 5, 3, 2]), train: Float32Array.from([4, 1, 2]) };

  it('are the rows a series window ends at, by the highest or the mean of the windows covering them', () => {
    const byMax = viewScores(raw, { smooth: 0, smoothkind: 'ewma', rowscore: 'max' }, series)!;
    // Row 12 (window 10's end): windows 10, 11, 12 -> 5. Row 13: 11, 12, 13 -> 5. Row 14: 12, 13 -> 3. Row 15: 2.
    expect(Array.from(byMax.test)).toEqual([5, 5, 3, 2]);
    // Training windows by their own set: row 4 (window 2's end): window 2 alone -> 4; row 2: 0, 1, 2 -> 4; row 3: 1, 2 -> 4.
    expect(Array.from(byMax.train)).toEqual([4, 4, 4]);
    const byMean = viewScores(raw, { smooth: 0, smoothkind: 'ewma', rowscore: 'mean' }, series)!;
    [3, 10 / 3, 2.5, 2].forEach((v, i) => expect(byMean.test[i]).toBeCloseTo(v, 6));
    // The detector's own scores are untouched.
    expect(Array.from(raw.test)).toEqual([1, 5, 3, 2]);
  });

  it('are then smoothed in time order, training rows too (the threshold is placed on them)', () => {
    const view = viewScores(raw, { smooth: 3, smoothkind: 'mean', rowscore: 'max' }, series)!;
    // Trailing means of span 3 over 5, 5, 3, 2.
    [5, 5, 13 / 3, 10 / 3].forEach((v, i) => expect(view.test[i]).toBeCloseTo(v, 5));
    // Training rows in time order are the windows at 0, 1, 2, all 4 after mapping.
    [4, 4, 4].forEach((v, i) => expect(view.train[i]).toBeCloseTo(v, 5));
  });

  it('leave rows that are units of their own alone unless smoothing is asked for', () => {
    const rows = { ...series, window: 1, series: null, testRowNumbers: Int32Array.from([4, 1, 3, 2]) } as PreparedTable;
    expect(viewScores(raw, { smooth: 0, smoothkind: 'ewma', rowscore: 'max' }, rows)).toBeNull();
    // Smoothed by file row: rows 1, 2, 3, 4 hold 5, 2, 3, 1; trailing means 5, 3.5, 10/3, 2.
    const view = viewScores(raw, { smooth: 3, smoothkind: 'mean', rowscore: 'max' }, rows)!;
    [2, 5, 10 / 3, 3.5].forEach((v, i) => expect(view.test[i]).toBeCloseTo(v, 5));
  });
});
