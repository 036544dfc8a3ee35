import * as tf from '@tensorflow/tfjs';
import type { DetectorSpec } from '../detectors/spec';
import type { SplitData } from './sessionData';

/** Deep SAD's convention for what a label-aware detector is told about a training row. */
export const labelledNormal = 1;
export const labelledAnomaly = -1;

/**
 * The rows a detector trains on, given the split's label budget and what its spec does with labels:
 * a detector that ignores labels gets the unlabelled fit rows (labelled anomalies never reach it);
 * one that uses them gets the labelled anomalies appended and a label per row. `fittedIndex` maps a
 * split training position to its row among `rows.fit` after a retrain with feedback (-1: left out).
 * `marked`: the user's marks as labels (feedbackData.ts markedLabels), beside the split's budget.
 * `dispose` frees what was made here, never the split's own tensors or `marked`'s.
 */
export function rowsForDetector(
  spec: Pick<DetectorSpec, 'labels'>,
  rows: SplitData,
  labels: SplitData['labels'],
  fittedIndex: Int32Array | null = null,
  marked: { anomalies: tf.Tensor2D | null; normalRows: readonly number[] } | null = null,
): { rows: SplitData; dispose(): void } {
  const aware = (spec.labels ?? 'ignores') !== 'ignores';
  if (!aware) return { rows, dispose: () => undefined };
  const fitCount = rows.fit.shape[0];
  const anomalies = [labels?.anomalies, marked?.anomalies].filter((t): t is tf.Tensor2D => Boolean(t));
  const anomalyCount = anomalies.reduce((n, t) => n + t.shape[0], 0);
  const fitLabels = new Float32Array(fitCount + anomalyCount);
  for (const position of labels?.normalPositions ?? []) {
    const row = fittedIndex ? fittedIndex[position] : position;
    if (row >= 0 && row < fitCount) fitLabels[row] = labelledNormal;
  }
  for (const row of marked?.normalRows ?? []) fitLabels[row] = labelledNormal;
  fitLabels.fill(labelledAnomaly, fitCount);
  if (!anomalyCount) return { rows: { ...rows, fitLabels }, dispose: () => undefined };
  const fit = tf.concat([rows.fit, ...anomalies]) as tf.Tensor2D;
  return { rows: { ...rows, fit, fitLabels }, dispose: () => fit.dispose() };
}
