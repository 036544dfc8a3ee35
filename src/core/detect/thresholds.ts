import { quantileSorted } from 'd3-array';
import { buildScoreIndex, type ScoreIndex } from './metrics';

/** mean + k * standard deviation of (training) scores. */
export function meanPlusKStdThreshold(scores: ArrayLike<number>, k: number): number {
  const n = scores.length;
  if (n === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += scores[i];
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i += 1) squares += (scores[i] - mean) ** 2;
  return mean + k * Math.sqrt(squares / n);
}

/** The given percentile (0-100) of (training) scores, linearly interpolated. */
export function percentileThreshold(scores: ArrayLike<number>, percentile: number): number {
  if (scores.length === 0) return Number.NaN;
  const sorted = Float64Array.from(scores).sort();
  return quantileSorted(sorted as unknown as number[], Math.min(Math.max(percentile, 0), 100) / 100) ?? Number.NaN;
}

/**
 * The threshold with the highest F1 on labelled data (it peeks at labels: an upper bound, not
 * something a real deployment could pick). Candidates are every distinct score; ties in F1 keep
 * the higher threshold (fewer alarms).
 */
/** F1 computed as metricsFromConfusion does (same floats), without building objects in a hot loop. */
function f1Of(tp: number, fp: number, fn: number): number {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function bestF1Threshold(index: ScoreIndex): { threshold: number; f1: number } {
  let best = { threshold: Number.NaN, f1: -1 };
  const { sorted, anomaliesAtOrBelow, total, anomalies } = index;
  // One sweep from the top rank down: flagging ranks i.. gives its confusion in O(1), so the
  // whole search is O(n) (it runs on the page whenever a run's scores arrive).
  for (let i = sorted.length - 1; i >= 0; i -= 1) {
    if (i > 0 && sorted[i - 1] === sorted[i]) continue;
    // Flag everything from rank i up: threshold halfway to the next lower score.
    const threshold = i > 0 ? (sorted[i - 1] + sorted[i]) / 2 : sorted[i] - Math.abs(sorted[i]) * 1e-6 - 1e-12;
    const fn = anomaliesAtOrBelow[i];
    const tp = anomalies - fn;
    const f1 = f1Of(tp, total - i - tp, fn);
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return best;
}

export { buildScoreIndex };

/** How the operating point was chosen; part of the shareable configuration. */
export type ThresholdMethod = 'meanstd' | 'percentile' | 'contamination' | 'bestf1' | 'manual';
export const thresholdMethods: readonly ThresholdMethod[] = [
  'meanstd',
  'percentile',
  'contamination',
  'bestf1',
  'manual',
];

export interface ThresholdChoice {
  method: ThresholdMethod;
  /** The value itself for `manual`; k for mean + k·std; p for the percentile; % flagged for contamination. */
  value: number;
  k: number;
  percentile: number;
  contamination: number;
}

/**
 * The threshold a method gives on a run's scores. Label-free methods read the training scores
 * (contamination reads the scored set, which is what it flags); best F1 needs labels and falls
 * back to mean + k·std without them. Non-finite results fall back to the median test score.
 */
export function thresholdFor(
  choice: ThresholdChoice,
  scores: { trainScores: ArrayLike<number>; testScores: ArrayLike<number>; index: ScoreIndex; labelled: boolean },
): number {
  const byMethod: Record<ThresholdMethod, () => number> = {
    manual: () => choice.value,
    percentile: () => percentileThreshold(scores.trainScores, choice.percentile),
    contamination: () => percentileThreshold(scores.testScores, 100 - choice.contamination),
    // Best F1 is undefined without labels: mean + k·std stands in.
    bestf1: () => (scores.labelled ? bestF1Threshold(scores.index).threshold : byMethod.meanstd()),
    meanstd: () => meanPlusKStdThreshold(scores.trainScores, choice.k),
  };
  const value = byMethod[choice.method]();
  return Number.isFinite(value) ? value : scores.index.sorted[Math.floor(scores.index.total / 2)];
}
