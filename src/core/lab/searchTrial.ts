import * as tf from '@tensorflow/tfjs';
import { message, MessageError } from '../messages';
import type { SplitData } from './sessionData';

/** How a search trial is judged: AUROC on a validation set with labelled anomalies, or validation loss. */
export type SearchCriterion = 'validation-auroc' | 'validation-loss';

export interface TrialData {
  criterion: SearchCriterion;
  /** What the trial trains on: the split's fit rows, and half of the labelled anomalies with their labels. */
  rows: SplitData;
  labels: SplitData['labels'];
  /** For AUROC: the validation rows then the held-out labelled anomalies, and which are anomalies. */
  judged: { rows: tf.Tensor2D; isAnomaly: Uint8Array } | null;
  dispose(): void;
}

/**
 * The data of one trial of a settings search, never the test split: trained on the split's fit rows
 * (the validation rows held out, also from one-pass detectors), judged on the validation rows plus
 * the second half of the labelled anomalies where the split has a label budget (AUROC), else by the
 * validation loss the training reports (label-free; a detector without one cannot be searched so).
 */
export function trialData(split: SplitData): TrialData {
  const validation = split.validation;
  if (!validation) throw new MessageError(message('err.search.noValidation'));
  const anomalies = split.labels?.anomalies ?? null;
  const count = anomalies?.shape[0] ?? 0;
  if (!anomalies || count === 0) {
    return { criterion: 'validation-loss', rows: split, labels: split.labels, judged: null, dispose: () => undefined };
  }
  // The larger half judges (one labelled anomaly judges alone).
  const held = Math.ceil(count / 2);
  const width = anomalies.shape[1];
  const taught = count > held ? (anomalies.slice([0, 0], [count - held, width]) as tf.Tensor2D) : null;
  const judgedRows = tf.tidy(
    () => tf.concat([validation, anomalies.slice([count - held, 0], [held, width])]) as tf.Tensor2D,
  );
  const isAnomaly = new Uint8Array(validation.shape[0] + held).fill(1, validation.shape[0]);
  return {
    criterion: 'validation-auroc',
    rows: { ...split, validation: null },
    labels: { anomalies: taught, normalPositions: split.labels?.normalPositions ?? new Int32Array(0) },
    judged: { rows: judgedRows, isAnomaly },
    dispose: () => tf.dispose([judgedRows, ...(taught ? [taught] : [])]),
  };
}
