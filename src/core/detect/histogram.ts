import { bin, extent } from 'd3-array';

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
  const values = Array.from(scores);
  const finite = values.flatMap((v, i) => (Number.isFinite(v) ? [i] : []));
  if (finite.length === 0) return [];
  const sorted = finite.map((i) => values[i]).sort((a, b) => a - b);
  const [min] = extent(sorted) as [number, number];
  const upper = sorted[Math.min(sorted.length - 1, Math.floor(clipQuantile * (sorted.length - 1)))];
  const max = upper > min ? upper : min + 1e-9;
  const step = (max - min) / binCount;
  const edges = Array.from({ length: binCount - 1 }, (_, i) => min + step * (i + 1));
  const binner = bin<number, number>()
    .value((i) => Math.min(values[i], max))
    .domain([min, max])
    .thresholds(edges);
  return binner(finite).map((group) => {
    let anomalous = 0;
    for (const i of group) if (isAnomaly?.[i]) anomalous += 1;
    return { x0: group.x0 ?? min, x1: group.x1 ?? max, normal: group.length - anomalous, anomalous };
  });
}
