/**
 * A box plot of one column (Tukey's rule, the box-plot rule the lessons teach): quartiles, the
 * whiskers at the farthest values inside Q1 - k·IQR and Q3 + k·IQR, and the values beyond them.
 */
export interface BoxPlot {
  q1: number;
  median: number;
  q3: number;
  /** Whisker ends: the most extreme values still inside the fences. */
  low: number;
  high: number;
  /** Values outside the fences, at most `maxOutliers` of them (the most extreme kept), and how many there were. */
  outliers: number[];
  outlierCount: number;
  count: number;
}

/** Linear interpolation between order statistics (numpy's default percentile) of sorted values. */
function quantile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/** The box plot of the finite values given (missing ones ignored); null when there are none. */
export function boxPlot(values: ArrayLike<number>, k = 1.5, maxOutliers = 40): BoxPlot | null {
  const finite = Float64Array.from(Array.from(values).filter(Number.isFinite)).sort();
  if (finite.length === 0) return null;
  const q1 = quantile(finite, 0.25);
  const q3 = quantile(finite, 0.75);
  const lowFence = q1 - k * (q3 - q1);
  const highFence = q3 + k * (q3 - q1);
  const inside = finite.filter((v) => v >= lowFence && v <= highFence);
  const outside = Array.from(finite.filter((v) => v < lowFence || v > highFence));
  // Keep the most extreme: alternately from both ends of the sorted outliers.
  const kept: number[] = [];
  for (let i = 0, j = outside.length - 1; i <= j && kept.length < maxOutliers; i += 1, j -= 1) {
    kept.push(outside[j]);
    if (i !== j && kept.length < maxOutliers) kept.push(outside[i]);
  }
  return {
    q1,
    median: quantile(finite, 0.5),
    q3,
    low: inside.length ? inside[0] : q1,
    high: inside.length ? inside[inside.length - 1] : q3,
    outliers: kept.sort((a, b) => a - b),
    outlierCount: outside.length,
    count: finite.length,
  };
}
