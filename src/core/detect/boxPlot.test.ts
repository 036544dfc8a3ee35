import { describe, expect, it } from 'vitest';
import { boxPlot } from './boxPlot';

describe('box plot', () => {
  it('puts quartiles, whiskers inside the Tukey fences, and the values beyond them as outliers', () => {
    // 1..9 and 30: Q1 = 3.25, Q3 = 7.75, IQR = 4.5, fences -3.5 and 14.5.
    const plot = boxPlot([1, 2, 3, 4, 5, 6, 7, 8, 9, 30, Number.NaN])!;
    expect(plot.count).toBe(10);
    expect(plot.q1).toBeCloseTo(3.25, 12);
    expect(plot.median).toBeCloseTo(5.5, 12);
    expect(plot.q3).toBeCloseTo(7.75, 12);
    expect([plot.low, plot.high]).toEqual([1, 9]);
    expect(plot.outliers).toEqual([30]);
    expect(plot.outlierCount).toBe(1);
  });

  it('keeps the most extreme outliers when there are many, and gives null for no values', () => {
    const values = [...Array.from({ length: 1000 }, (_, i) => i % 5), ...Array.from({ length: 60 }, (_, i) => 100 + i)];
    const plot = boxPlot(values, 1.5, 10)!;
    expect(plot.outlierCount).toBe(60);
    expect(plot.outliers).toHaveLength(10);
    expect(Math.max(...plot.outliers)).toBe(159);
    expect(boxPlot([Number.NaN])).toBeNull();
  });
});
