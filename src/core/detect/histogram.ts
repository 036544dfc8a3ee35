export interface HistogramBin {
  x0: number;
  x1: number;
  normal: number;
  anomalous: number;
}

/**
 * Bins normal and anomalous scores on one shared set of edges so the two colours line up.
 * The range is clipped at the given upper quantile: a few huge errors would otherwise squeeze
 * every other sample into the first bin (clipped scores land in the last bin). Scores that are not
 * finite have no place on the axis and are left out (the metrics verdict reports them).
 */
export function scoreHistogram(
  scores: ArrayLike<number>,
  isAnomaly: ArrayLike<number> | null,
  binCount = 60,
  clipQuantile = 0.995,
): HistogramBin[] {
  const finite: number[] = [];
  for (let i = 0; i < scores.length; i += 1) if (Number.isFinite(scores[i])) finite.push(scores[i]);
  if (finite.length === 0) return [];
  const sorted = Float64Array.from(finite).sort();
  const min = sorted[0];
  const upper = sorted[Math.min(sorted.length - 1, Math.floor(clipQuantile * (sorted.length - 1)))];
  const max = upper > min ? upper : min + 1e-9;
  const step = (max - min) / binCount;
  // Equal-width bins by arithmetic (one pass, no per-bin search): [x0, x1), the last one closed and
  // holding everything clipped above it.
  const bins: HistogramBin[] = Array.from({ length: binCount }, (_, b) => ({
    x0: min + step * b,
    x1: b === binCount - 1 ? max : min + step * (b + 1),
    normal: 0,
    anomalous: 0,
  }));
  for (let i = 0; i < scores.length; i += 1) {
    const value = scores[i];
    if (!Number.isFinite(value)) continue;
    const b = Math.min(binCount - 1, Math.max(0, Math.floor((Math.min(value, max) - min) / step)));
    if (isAnomaly?.[i]) bins[b].anomalous += 1;
    else bins[b].normal += 1;
  }
  return bins;
}
