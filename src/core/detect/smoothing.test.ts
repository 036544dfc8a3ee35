import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smoothScores, windowsToPositions } from './smoothing';

describe('score smoothing', () => {
  it('matches a hand computation: EWMA with span 3 (alpha 0.5) and a moving mean of 3', () => {
    const x = Float32Array.from([4, 0, 2, 10, 0]);
    // EWMA: 4, 0.5*0+0.5*4=2, 0.5*2+0.5*2=2, 0.5*10+0.5*2=6, 0.5*0+0.5*6=3
    expect(Array.from(smoothScores(x, 3, 'ewma'))).toEqual([4, 2, 2, 6, 3]);
    // Trailing mean of up to 3: 4, 2, 2, 4, 4
    expect(Array.from(smoothScores(x, 3, 'mean'))).toEqual([4, 2, 2, 4, 4]);
  });

  it('starts afresh after a break, leaves non-finite values alone, and is a copy at span 0 or 1', () => {
    const x = Float32Array.from([2, 4, Number.NaN, 8, 100]);
    const breaks = Uint8Array.from([0, 0, 0, 0, 1]);
    const smoothed = Array.from(smoothScores(x, 3, 'mean', breaks));
    expect(smoothed.slice(0, 2)).toEqual([2, 3]);
    expect(smoothed[2]).toBeNaN();
    expect(smoothed[3]).toBeCloseTo(14 / 3, 5);
    expect(smoothed[4]).toBe(100);
    expect(Array.from(smoothScores(x, 1, 'ewma'))).toEqual(Array.from(x));
    expect(smoothScores(x, 0, 'ewma')).not.toBe(x);
  });

  it('keeps every smoothed value within the range of the values seen so far (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 2, max: 20 }),
        fc.constantFrom('ewma' as const, 'mean' as const),
        (values, span, kind) => {
          const smoothed = smoothScores(Float32Array.from(values), span, kind);
          let low = Infinity;
          let high = -Infinity;
          Float32Array.from(values).forEach((v, i) => {
            low = Math.min(low, v);
            high = Math.max(high, v);
            const tolerance = 1e-3 * Math.max(1, Math.abs(high), Math.abs(low));
            expect(smoothed[i]).toBeGreaterThanOrEqual(low - tolerance);
            expect(smoothed[i]).toBeLessThanOrEqual(high + tolerance);
          });
        },
      ),
    );
  });
});

describe('windows to rows', () => {
  it('gives each position the highest or the mean score of the windows covering it', () => {
    // Windows of 3 starting at 0, 1, 2 over 5 positions, scores 1, 5, 3.
    const scores = Float32Array.from([1, 5, 3]);
    const starts = Int32Array.from([0, 1, 2]);
    expect(Array.from(windowsToPositions(scores, starts, 3, 5, 'max'))).toEqual([1, 5, 5, 5, 3]);
    expect(Array.from(windowsToPositions(scores, starts, 3, 5, 'mean'))).toEqual([1, 3, 3, 4, 3]);
    const sparse = windowsToPositions(Float32Array.from([2]), Int32Array.from([3]), 2, 6, 'max');
    expect(Array.from(sparse.slice(3, 5))).toEqual([2, 2]);
    expect(sparse[0]).toBeNaN();
    expect(sparse[5]).toBeNaN();
  });
});
