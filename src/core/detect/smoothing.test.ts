import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coveringScore, endRowScores, smoothScores, windowsToPositions } from './smoothing';

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

describe('windows as the rows they end at', () => {
  it('scores each window by the windows of its set covering its last row, in any order and stride', () => {
    // Windows of 3 starting at 0, 1, 2, 3 (ending at rows 2, 3, 4, 5), scores 1, 5, 3, 2, listed out of order.
    const starts = Int32Array.from([2, 0, 3, 1]);
    const scores = Float32Array.from([3, 1, 2, 5]);
    // Row 2 (window 0's end) is covered by the windows starting at 0, 1, 2: max 5, mean 3.
    // Row 3: windows 1, 2, 3 -> 5, 10/3. Row 4: windows 2, 3 -> 3, 2.5. Row 5: window 3 -> 2.
    expect(Array.from(endRowScores(scores, starts, 3, 'max'))).toEqual([3, 5, 2, 5]);
    const mean = Array.from(endRowScores(scores, starts, 3, 'mean'));
    [2.5, 3, 2, 10 / 3].forEach((v, i) => expect(mean[i]).toBeCloseTo(v, 6));
    // Stride 2: windows at 0, 2, 4 of length 4; row 5 (the end of the window at 2) is covered by 2 and 4.
    const strided = endRowScores(Float32Array.from([1, 4, 6]), Int32Array.from([0, 2, 4]), 4, 'max');
    expect(Array.from(strided)).toEqual([4, 6, 6]);
    // Single rows are their own windows.
    expect(Array.from(endRowScores(Float32Array.from([7, 8]), Int32Array.from([5, 1]), 1, 'max'))).toEqual([7, 8]);
  });

  it("never scores a row below its own window (max) or outside its windows' range (mean)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        (values, window) => {
          const scores = Float32Array.from(values);
          const starts = Int32Array.from(values.keys());
          const highest = endRowScores(scores, starts, window, 'max');
          const mean = endRowScores(scores, starts, window, 'mean');
          for (let i = 0; i < values.length; i += 1) {
            expect(highest[i]).toBeGreaterThanOrEqual(scores[i]);
            expect(mean[i]).toBeLessThanOrEqual(highest[i] + 1e-4);
          }
        },
      ),
    );
  });

  it('scores a row in the live monitor (windows by their end) as a finished series does (windows by their start)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.float({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom('max' as const, 'mean' as const),
        (values, window, mode) => {
          const scores = Float32Array.from(values);
          const starts = Int32Array.from(values.keys());
          const length = values.length + window - 1;
          const rows = windowsToPositions(scores, starts, window, length, mode);
          // The monitor's buffer: the window starting at s is known at its end row s + window - 1.
          const byEnd = new Float32Array(length).fill(Number.NaN);
          byEnd.set(scores, window - 1);
          for (let p = 0; p < length; p += 1) {
            expect(coveringScore(byEnd, p, window, mode)).toBeCloseTo(rows[p], 3);
          }
        },
      ),
    );
  });
});
