import { message, MessageError } from '../messages';
import * as tf from '@tensorflow/tfjs';
import { feedbackRows, type TrainingFeedback } from '../detect/feedback';
import type { SplitTensors } from './classicalRun';
import type { TrainingSet } from './sessionTypes';

/**
 * The training rows of a retrain with feedback: the split's fit and validation rows without the
 * confirmed anomalies, and the test items marked normal added to the fit rows. New tensors, owned
 * by the caller.
 */
export function withFeedback(
  split: SplitTensors,
  feedback: TrainingFeedback,
  itemIds: TrainingSet['itemIds'],
): { fit: tf.Tensor2D; validation: tf.Tensor2D | null; fittedIndex: Int32Array; addedRows: number } {
  const fitCount = split.fit.shape[0];
  const validationCount = split.validation?.shape[0] ?? 0;
  // Without item ids, positions are the ids (test and training items are then distinct).
  const items = itemIds ?? {
    train: Int32Array.from({ length: fitCount + validationCount }, (_, i) => i),
    test: Int32Array.from({ length: split.test.shape[0] }, (_, i) => -1 - i),
  };
  const { keepTrain, addTest } = feedbackRows(feedback, items);
  const keptFit = keepTrain.filter((p) => p < fitCount);
  const keptValidation = keepTrain.filter((p) => p >= fitCount).map((p) => p - fitCount);
  if (keptFit.length + addTest.length === 0) {
    throw new MessageError(message('err.allMarked'));
  }
  const fit = tf.tidy(() => {
    const parts = [tf.gather(split.fit, keptFit), ...(addTest.length ? [tf.gather(split.test, addTest)] : [])];
    return (parts.length === 1 ? parts[0] : tf.concat(parts)) as tf.Tensor2D;
  });
  const validation =
    split.validation && keptValidation.length ? (tf.gather(split.validation, keptValidation) as tf.Tensor2D) : null;
  // Where each training position of the split sits among the rows a one-pass fit sees (fit, then validation).
  const fittedIndex = new Int32Array(fitCount + validationCount).fill(-1);
  keptFit.forEach((p, i) => (fittedIndex[p] = i));
  keptValidation.forEach((p, i) => (fittedIndex[fitCount + p] = keptFit.length + addTest.length + i));
  return { fit, validation, fittedIndex, addedRows: addTest.length };
}

/**
 * The marks as labels, for a detector that learns from them: the items marked as anomalies (test or
 * training) as rows to append as labelled anomalies, and the rows of `fit` that are test items marked
 * normal (withFeedback appends them last). New tensor, owned by the caller.
 */
export function markedLabels(
  split: SplitTensors,
  feedback: TrainingFeedback,
  adjusted: { fit: tf.Tensor2D; addedRows: number },
): { anomalies: tf.Tensor2D | null; normalRows: number[] } {
  const fitCount = adjusted.fit.shape[0];
  const normalRows = Array.from({ length: adjusted.addedRows }, (_, i) => fitCount - adjusted.addedRows + i);
  if (!feedback.anomalyTest.length && !feedback.anomalyTrain.length) return { anomalies: null, normalRows };
  const anomalies = tf.tidy(() => {
    const training = split.validation ? tf.concat([split.fit, split.validation]) : split.fit;
    const parts = [
      ...(feedback.anomalyTest.length ? [tf.gather(split.test, feedback.anomalyTest)] : []),
      ...(feedback.anomalyTrain.length ? [tf.gather(training, feedback.anomalyTrain)] : []),
    ];
    return (parts.length === 1 ? parts[0] : tf.concat(parts)) as tf.Tensor2D;
  });
  return { anomalies, normalRows };
}
