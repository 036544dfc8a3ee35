import { message, MessageError } from '../messages';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { windowsToPositions } from '../detect/smoothing';
import { SeriesWindowScorer } from './seriesWindows';

/** A window's score that depends on every value in it and on their order: what a model would see. */
const windowScore = async (features: Float32Array, count: number) => {
  const width = features.length / count;
  return Float32Array.from({ length: count }, (_, w) =>
    features.subarray(w * width, (w + 1) * width).reduce((sum, v, k) => sum + v * (k + 1), 0),
  );
};

/** The whole series at once: every window scored, each row taking its covering windows' highest or mean score. */
async function wholeSeries(
  values: Float32Array,
  rowWidth: number,
  window: number,
  mode: 'max' | 'mean' = 'max',
): Promise<Float32Array> {
  const rows = values.length / rowWidth;
  const windows = rows - window + 1;
  const inputs = new Float32Array(windows * window * rowWidth);
  for (let w = 0; w < windows; w += 1) {
    inputs.set(values.subarray(w * rowWidth, (w + window) * rowWidth), w * window * rowWidth);
  }
  const scores = await windowScore(inputs, windows);
  if (mode === 'mean') return windowsToPositions(scores, Int32Array.from(scores.keys()), window, rows, 'mean');
  const out = new Float32Array(rows).fill(-Infinity);
  for (let w = 0; w < windows; w += 1) for (let k = 0; k < window; k += 1) out[w + k] = Math.max(out[w + k], scores[w]);
  return out;
}

async function inSlices(
  values: Float32Array,
  rowWidth: number,
  window: number,
  cuts: number[],
  mode: 'max' | 'mean' = 'max',
) {
  const scorer = new SeriesWindowScorer(rowWidth, window, windowScore, mode);
  const rows = values.length / rowWidth;
  const bounds = [0, ...cuts.map((c) => Math.floor(c * rows)).sort((a, b) => a - b), rows];
  const parts: number[] = [];
  for (let i = 1; i < bounds.length; i += 1) {
    const slice = values.subarray(bounds[i - 1] * rowWidth, bounds[i] * rowWidth);
    parts.push(...(await scorer.push(slice, bounds[i] - bounds[i - 1])));
  }
  parts.push(...scorer.finish());
  return Float32Array.from(parts);
}

describe('scoring a series a slice at a time', () => {
  it('gives every row the score the whole series gives it, wherever the slices are cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
        async (window, rowWidth, extraRows, cuts) => {
          const rows = window + extraRows;
          const values = Float32Array.from({ length: rows * rowWidth }, (_, i) => Math.sin(i * 1.7) * 10);
          const expected = await wholeSeries(values, rowWidth, window);
          expect(Array.from(await inSlices(values, rowWidth, window, cuts))).toEqual(Array.from(expected));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("gives every row the mean of its covering windows when asked, as the lab's own table does", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 30 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
        async (window, extraRows, cuts) => {
          const rows = window + extraRows;
          const values = Float32Array.from({ length: rows * 2 }, (_, i) => Math.sin(i * 1.7) * 10);
          const expected = await wholeSeries(values, 2, window, 'mean');
          const sliced = await inSlices(values, 2, window, cuts, 'mean');
          expected.forEach((v, i) => expect(sliced[i]).toBeCloseTo(v, 3));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('says when a file is shorter than one window, and lets a NaN window score show on its rows', async () => {
    const short = new SeriesWindowScorer(1, 4, windowScore);
    await short.push(Float32Array.from([1, 2, 3]), 3);
    expect(() => short.finish()).toThrow(
      new MessageError(message('err.fileShorterThanWindow', { window: 4, rows: 3 })),
    );
    const failing = new SeriesWindowScorer(1, 2, async (_f, n) => new Float32Array(n).fill(Number.NaN));
    const scores = [...(await failing.push(Float32Array.from([1, 2, 3]), 3)), ...failing.finish()];
    expect(scores.every(Number.isNaN)).toBe(true);
    expect(scores).toHaveLength(3);
  });

  it('takes slices of any size (a 4 MB slice holds hundreds of thousands of rows)', async () => {
    const rows = 400_000;
    const scorer = new SeriesWindowScorer(1, 1, async (f, n) => f.slice(0, n));
    const values = Float32Array.from({ length: rows }, (_, i) => i % 7);
    const scores = await scorer.push(values, rows);
    expect(scores.length + scorer.finish().length).toBe(rows);
    expect(scores[6]).toBe(6);
  });
});
