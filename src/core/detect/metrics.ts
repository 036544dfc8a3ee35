/**
 * Detection metrics from anomaly scores. Samples are flagged anomalous when score > threshold.
 * All threshold-dependent metrics come from one sorted copy of the scores: a threshold change is
 * a binary search plus O(1) arithmetic, so dragging stays smooth at 100,000 samples.
 */
export interface ScoreIndex {
  /** Scores sorted ascending. */
  sorted: Float64Array;
  /** order[rank] = position in the input of the sample with that rank (ascending score). */
  order: Int32Array;
  /** anomaliesAtOrBelow[i] = number of anomalies among sorted[0..i-1]. */
  anomaliesAtOrBelow: Int32Array;
  total: number;
  anomalies: number;
}

export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface ThresholdMetrics extends Confusion {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  falsePositiveRate: number;
}

/**
 * The scores in order, with the anomalies counted at or below each rank: every metric at any
 * threshold in O(log n). `positions` (default: all) are the items measured; `order` keeps their
 * positions among all the scores, so views that list items by rank still name the right ones.
 */
export function buildScoreIndex(
  scores: ArrayLike<number>,
  isAnomaly: ArrayLike<number>,
  positions?: ArrayLike<number>,
): ScoreIndex {
  const measured = positions ?? { length: scores.length };
  const n = measured.length;
  const order = Int32Array.from({ length: n }, (_, i) => (positions ? positions[i] : i)).sort(
    (a, b) => scores[a] - scores[b],
  );
  const sorted = new Float64Array(n);
  const anomaliesAtOrBelow = new Int32Array(n + 1);
  order.forEach((original, rank) => {
    sorted[rank] = scores[original];
    anomaliesAtOrBelow[rank + 1] = anomaliesAtOrBelow[rank] + (isAnomaly[original] ? 1 : 0);
  });
  return { sorted, order, anomaliesAtOrBelow, total: n, anomalies: anomaliesAtOrBelow[n] };
}

/** Number of sorted values <= threshold (upper bound by binary search). */
export function countAtOrBelow(sorted: ArrayLike<number>, threshold: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= threshold) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function confusionAt(index: ScoreIndex, threshold: number): Confusion {
  const below = countAtOrBelow(index.sorted, threshold);
  const fn = index.anomaliesAtOrBelow[below];
  const tn = below - fn;
  const tp = index.anomalies - fn;
  const fp = index.total - below - tp;
  return { tp, fp, tn, fn };
}

/** Ratio with the convention 0/0 = 0 (e.g. precision when nothing is flagged). */
const ratio = (num: number, den: number) => (den === 0 ? 0 : num / den);

export function metricsFromConfusion(c: Confusion): ThresholdMetrics {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return {
    ...c,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    accuracy: ratio(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn),
    falsePositiveRate: ratio(c.fp, c.fp + c.tn),
  };
}

export function metricsAt(index: ScoreIndex, threshold: number): ThresholdMetrics {
  return metricsFromConfusion(confusionAt(index, threshold));
}

export interface RocPoint {
  fpr: number;
  tpr: number;
  threshold: number;
}

/**
 * ROC curve from the highest threshold down, one point per distinct score (tied scores move
 * together, giving the diagonal segment that counts ties as half).
 */
export function rocCurve(index: ScoreIndex): RocPoint[] {
  const { sorted, anomaliesAtOrBelow, total, anomalies } = index;
  const normals = total - anomalies;
  const points: RocPoint[] = [{ fpr: 0, tpr: 0, threshold: Number.POSITIVE_INFINITY }];
  for (let i = total - 1; i >= 0; i -= 1) {
    if (i > 0 && sorted[i - 1] === sorted[i]) continue;
    // Threshold just below sorted[i]: everything from rank i upward is flagged.
    const tp = anomalies - anomaliesAtOrBelow[i];
    const fp = total - i - tp;
    points.push({ fpr: ratio(fp, normals), tpr: ratio(tp, anomalies), threshold: sorted[i] });
  }
  return points;
}

/** Area under the ROC curve (trapezoids, so ties count half). NaN when a class is missing. */
export function auroc(index: ScoreIndex): number {
  if (index.anomalies === 0 || index.anomalies === index.total) return Number.NaN;
  const roc = rocCurve(index);
  let area = 0;
  for (let i = 1; i < roc.length; i += 1) {
    area += ((roc[i].fpr - roc[i - 1].fpr) * (roc[i].tpr + roc[i - 1].tpr)) / 2;
  }
  return area;
}

/**
 * Area under the precision-recall curve as average precision: the sum over distinct thresholds
 * of precision times the recall gained there. NaN without anomalies.
 */
export function auprc(index: ScoreIndex): number {
  const { sorted, anomaliesAtOrBelow, total, anomalies } = index;
  if (anomalies === 0) return Number.NaN;
  let area = 0;
  let previousRecall = 0;
  for (let i = total - 1; i >= 0; i -= 1) {
    if (i > 0 && sorted[i - 1] === sorted[i]) continue;
    const tp = anomalies - anomaliesAtOrBelow[i];
    const flagged = total - i;
    const recall = tp / anomalies;
    area += (recall - previousRecall) * (tp / flagged);
    previousRecall = recall;
  }
  return area;
}

/** Reduces a long curve to at most `maxPoints` for drawing, keeping the end points. */
export function thinCurve<T>(points: T[], maxPoints: number): T[] {
  if (points.length <= maxPoints) return points;
  const stride = (points.length - 1) / (maxPoints - 1);
  return Array.from({ length: maxPoints }, (_, i) => points[Math.round(i * stride)]);
}
