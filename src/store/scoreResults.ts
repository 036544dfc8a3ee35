import type { LabConfig } from '../core/config';
import { auprc, auroc, buildScoreIndex } from '../core/detect/metrics';
import { scoreHistogram } from '../core/detect/histogram';
import { bestF1Threshold, thresholdFor, type ThresholdChoice } from '../core/detect/thresholds';
import { measuredPositions, metricsRefusal, sortableScores, type ScoreProvenance } from '../core/detect/verdict';
import type { TopContributions } from '../core/detect/contributions';
import type { LabState, Results } from './labState';
import { hasLabels, preparedTable } from './selectors';
import { viewScores } from './smoothedScores';

/* A detector's scores made into what the detection view shows: metrics, histogram, threshold. */

/** Everything derived from a fresh set of scores, computed once so threshold drags stay O(log n). */
export function deriveResults(
  testScores: Float32Array,
  trainScores: Float32Array,
  isAnomaly: Uint8Array,
  contributions: TopContributions | null = null,
  provenance: ScoreProvenance = {},
  raw: { test: Float32Array; train: Float32Array } | null = null,
): Results {
  // Test items the detector trained on have left the test set: nothing is measured on them.
  const measured = measuredPositions(testScores.length, provenance);
  const index = buildScoreIndex(sortableScores(testScores), isAnomaly, measured);
  const refusal = metricsRefusal(testScores, provenance);
  const kept = <T extends Float32Array | Uint8Array>(values: T) =>
    measured ? (Array.from(measured, (p) => values[p]) as unknown as ArrayLike<number>) : values;
  return {
    testScores,
    rawScores: raw?.test ?? null,
    rawTrainScores: raw?.train ?? null,
    refusal,
    provenance,
    leftOut: testScores.length - index.total,
    contributions,
    trainScores,
    index,
    auroc: refusal ? Number.NaN : auroc(index),
    auprc: refusal ? Number.NaN : auprc(index),
    histogram: scoreHistogram(kept(testScores), kept(isAnomaly)),
    bestF1: refusal ? { threshold: Number.NaN, f1: Number.NaN } : bestF1Threshold(index),
  };
}

/** A detector's scores as the view shows them (smoothedScores.ts), with everything derived from them. */
export function viewResults(
  state: Pick<LabState, 'config' | 'prepared'>,
  testScores: Float32Array,
  trainScores: Float32Array,
  isAnomaly: Uint8Array,
  contributions: TopContributions | null = null,
  provenance: ScoreProvenance = {},
): Results {
  const view = viewScores({ test: testScores, train: trainScores }, state.config, preparedTable(state));
  return view
    ? deriveResults(view.test, view.train, isAnomaly, contributions, provenance, {
        test: testScores,
        train: trainScores,
      })
    : deriveResults(testScores, trainScores, isAnomaly, contributions, provenance);
}

/** Where the configured threshold method puts the threshold on these results. */
export function placedThreshold(state: LabState, results: Results): number {
  return thresholdFor(thresholdChoice(state.config), {
    trainScores: results.trainScores,
    testScores: results.testScores,
    index: results.index,
    // Best F1 needs labels, and labels the verdict accepts.
    labelled: hasLabels(state) && results.refusal === null,
  });
}

export function thresholdChoice(config: LabConfig): ThresholdChoice {
  return {
    method: config.thresholdmethod,
    value: config.threshold,
    k: config.thresholdk,
    percentile: config.thresholdp,
    contamination: config.thresholdc,
  };
}
