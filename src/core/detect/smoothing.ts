/**
 * Post-processing of scores in time order, as the seeds describe for detectors over series: a
 * single noisy window should not raise an alarm that its neighbours do not support. Both kinds
 * are causal (they use only the past), so a live monitor computes the same value as the view.
 */
export type SmoothingKind = 'ewma' | 'mean';

/**
 * Smooths `values` (in time order) with a span: `mean` is the trailing moving average of the last
 * `span` values; `ewma` the exponentially weighted mean with alpha = 2 / (span + 1) (the
 * pandas `span` convention), started at the first value. Span 0 or 1 returns a copy. Where
 * `breaks[i]` is 1 the smoothing starts afresh at i (a gap in the series). Non-finite values pass
 * through and do not enter later averages.
 */
export function smoothScores(
  values: Float32Array,
  span: number,
  kind: SmoothingKind,
  breaks?: Uint8Array,
): Float32Array {
  const smoother = new StreamSmoother(span, kind);
  return Float32Array.from(values, (v, i) => {
    if (breaks?.[i]) smoother.restart();
    return smoother.push(v);
  });
}

/**
 * The same smoothing one value at a time, for scores that arrive live (the monitor): `push`
 * returns the smoothed value of the newest score, exactly as `smoothScores` gives it.
 */
export class StreamSmoother {
  private level = Number.NaN;
  private recent: number[] = [];
  private sum = 0;
  private readonly alpha: number;

  constructor(
    private readonly span: number,
    private readonly kind: SmoothingKind,
  ) {
    this.alpha = 2 / (span + 1);
  }

  restart(): void {
    this.level = Number.NaN;
    this.recent = [];
    this.sum = 0;
  }

  push(v: number): number {
    if (!(this.span > 1) || !Number.isFinite(v)) return v;
    if (this.kind === 'ewma') {
      this.level = Number.isNaN(this.level) ? v : this.alpha * v + (1 - this.alpha) * this.level;
      return this.level;
    }
    this.recent.push(v);
    this.sum += v;
    if (this.recent.length > this.span) this.sum -= this.recent.shift()!;
    return this.sum / this.recent.length;
  }
}

/**
 * A score per row from the windows covering it: the highest (a row is as odd as the oddest
 * context it appears in) or the mean. `starts[u]` is window u's first position; positions not
 * covered by any window get NaN.
 */
export function windowsToPositions(
  scores: Float32Array,
  starts: ArrayLike<number>,
  window: number,
  length: number,
  mode: 'max' | 'mean',
): Float32Array {
  const out = new Float32Array(length).fill(Number.NaN);
  const counts = new Uint32Array(length);
  for (let u = 0; u < scores.length; u += 1) {
    // A window without a score (between test blocks of a series) says nothing about its rows.
    if (Number.isNaN(scores[u])) continue;
    for (let k = 0; k < window; k += 1) {
      const p = starts[u] + k;
      if (p >= length) break;
      const v = scores[u];
      if (counts[p] === 0) out[p] = v;
      else out[p] = mode === 'max' ? Math.max(out[p], v) : out[p] + v;
      counts[p] += 1;
    }
  }
  if (mode === 'mean') for (let p = 0; p < length; p += 1) if (counts[p] > 1) out[p] /= counts[p];
  return out;
}

/**
 * Window scores as row scores, one per window: each window stands for the row it ends at (as the
 * live monitor scores a row when its window is complete), scored by the highest (or the mean) of
 * the windows of the same set that cover that row. `starts[i]` is window i's first position; a
 * window's neighbours in time are found by their starts, so any stride and any order work.
 */
export function endRowScores(
  scores: Float32Array,
  starts: ArrayLike<number>,
  window: number,
  mode: 'max' | 'mean',
): Float32Array {
  if (window <= 1) return scores.slice();
  let length = 0;
  for (let i = 0; i < scores.length; i += 1) length = Math.max(length, starts[i] + window);
  const rows = windowsToPositions(scores, starts, window, length, mode);
  return Float32Array.from(scores, (_, i) => rows[starts[i] + window - 1]);
}

/**
 * The highest or the mean of the scores of windows listed by their last row (`byEnd[q]`: the window
 * ending at q, NaN where none is known yet) that cover row p: those ending at p .. p + window - 1.
 * The live monitor's row score, the same as windowsToPositions gives a finished series.
 */
export function coveringScore(byEnd: Float32Array, p: number, window: number, mode: 'max' | 'mean'): number {
  let total = 0;
  let highest = -Infinity;
  let count = 0;
  for (let q = p; q < Math.min(byEnd.length, p + window); q += 1) {
    if (Number.isNaN(byEnd[q])) continue;
    total += byEnd[q];
    highest = Math.max(highest, byEnd[q]);
    count += 1;
  }
  if (count === 0) return Number.NaN;
  return mode === 'max' ? highest : total / count;
}
