import { describe, expect, it } from 'vitest';
import { StepSeries } from './stepSeries';

const pairs = () => StepSeries.empty(2, (step, value) => ({ step, a: value(0), b: value(1) }));

describe('step series', () => {
  it('appends batches across chunk borders and reads every step back', () => {
    let series = pairs();
    let next = 0;
    // Batches of 16 steps (the loop's readback), 10,000 steps: crosses two chunk borders.
    while (series.length < 10_000) {
      const batch = Float32Array.from({ length: 32 }, (_, i) => next * 2 + i);
      series = series.append(batch);
      next += 16;
    }
    expect(series.length).toBe(10_000);
    expect(series.at(0)).toEqual({ step: 1, a: 0, b: 1 });
    expect(series.at(4096)).toEqual({ step: 4097, a: 8192, b: 8193 });
    expect(series.last()).toEqual({ step: 10_000, a: 19_998, b: 19_999 });
    expect(series.column(1)[5000]).toBe(10_001);
    expect(series.values().length).toBe(20_000);
  });

  it('keeps older handles valid and never lets an old handle overwrite a newer one', () => {
    const one = pairs().append([1, 2]);
    const two = one.append([3, 4]);
    const branch = one.append([9, 9]);
    expect(one.length).toBe(1);
    expect(two.at(1)).toEqual({ step: 2, a: 3, b: 4 });
    expect(branch.at(1)).toEqual({ step: 2, a: 9, b: 9 });
    expect(two.at(1)).toEqual({ step: 2, a: 3, b: 4 });
  });

  it('starts at the step a reopened or resumed run reports, and thins to first, last and even spacing', () => {
    const series = pairs().append(
      Float32Array.from({ length: 2000 }, (_, i) => i),
      501,
    );
    expect(series.at(0).step).toBe(501);
    const thinned = series.thin(100);
    expect(thinned).toHaveLength(100);
    expect(thinned[0].step).toBe(501);
    expect(thinned[99].step).toBe(1500);
    expect(series.tail(3).map((r) => r.step)).toEqual([1498, 1499, 1500]);
    expect(pairs().append([1, 2]).thin(100)).toHaveLength(1);
  });

  it('appends 100,000 steps in amortised constant time, at 4 bytes per value', () => {
    let series = StepSeries.empty(4, (step, value) => ({ step, d: value(0) }));
    const batch = new Float32Array(16 * 4).fill(0.5);
    const start = performance.now();
    for (let i = 0; i < 100_000 / 16; i += 1) series = series.append(batch);
    const elapsed = performance.now() - start;
    expect(series.length).toBe(100_000);
    // A thousand appends cost about the same at 100,000 steps as on an empty series (no growing copy).
    const timeOf = (from: typeof series) => {
      let s = from;
      const t0 = performance.now();
      for (let i = 0; i < 1000; i += 1) s = s.append(batch);
      return performance.now() - t0;
    };
    const onEmpty = timeOf(StepSeries.empty(4, (step, value) => ({ step, d: value(0) })));
    expect(timeOf(series)).toBeLessThan(5 * onEmpty + 20);
    expect(elapsed).toBeLessThan(5000);
    expect(series.thin(600)).toHaveLength(600);
  });
});
