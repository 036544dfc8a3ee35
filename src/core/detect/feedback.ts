import { auroc, buildScoreIndex, metricsAt, type ThresholdMetrics } from './metrics';
import { bestF1Threshold } from './thresholds';

/**
 * The user's marks on items ("confirmed anomaly", "actually normal"), and what follows from them:
 * metrics against the marks (labels or not), the threshold that best separates the marked items,
 * and the training set with confirmed anomalies out and confirmed normal items in.
 */
export type Mark = 'anomaly' | 'normal';
/** A test item or a training item, by its position in that set's scores. */
export type MarkKey = `test:${number}` | `train:${number}`;

export const markKey = (set: 'test' | 'train', position: number): MarkKey => `${set}:${position}`;

export function parseMarkKey(key: string): { set: 'test' | 'train'; position: number } | null {
  const match = /^(test|train):(\d+)$/.exec(key);
  return match ? { set: match[1] as 'test' | 'train', position: Number(match[2]) } : null;
}

/** The marked items' scores and their marks as labels (1 = anomaly). */
export function markedItems(
  marks: ReadonlyMap<string, Mark>,
  testScores: ArrayLike<number>,
  trainScores: ArrayLike<number>,
): { scores: Float32Array; isAnomaly: Uint8Array } {
  const scores: number[] = [];
  const labels: number[] = [];
  for (const [key, mark] of marks) {
    const parsed = parseMarkKey(key);
    const source = parsed?.set === 'train' ? trainScores : testScores;
    if (!parsed || parsed.position >= source.length) continue;
    scores.push(source[parsed.position]);
    labels.push(mark === 'anomaly' ? 1 : 0);
  }
  return { scores: Float32Array.from(scores), isAnomaly: Uint8Array.from(labels) };
}

export interface FeedbackSummary {
  anomalies: number;
  normals: number;
  /** AUROC of the scores on the marked items (NaN until both kinds are marked). */
  auroc: number;
  /** At the given threshold, over the marked items. */
  atThreshold: ThresholdMetrics;
}

export function feedbackSummary(
  marks: ReadonlyMap<string, Mark>,
  testScores: ArrayLike<number>,
  trainScores: ArrayLike<number>,
  threshold: number,
): FeedbackSummary {
  const { scores, isAnomaly } = markedItems(marks, testScores, trainScores);
  const index = buildScoreIndex(scores, isAnomaly);
  const anomalies = isAnomaly.reduce((n, v) => n + v, 0);
  const normals = isAnomaly.length - anomalies;
  return {
    anomalies,
    normals,
    auroc: anomalies > 0 && normals > 0 ? auroc(index) : Number.NaN,
    atThreshold: metricsAt(index, threshold),
  };
}

/**
 * The threshold with the best F1 on the marked items (halfway between the scores it separates),
 * or null without a marked anomaly. With only anomalies marked it flags them all, just.
 */
export function thresholdFromFeedback(
  marks: ReadonlyMap<string, Mark>,
  testScores: ArrayLike<number>,
  trainScores: ArrayLike<number>,
): { threshold: number; f1: number } | null {
  const { scores, isAnomaly } = markedItems(marks, testScores, trainScores);
  if (!isAnomaly.includes(1)) return null;
  return bestF1Threshold(buildScoreIndex(scores, isAnomaly));
}

/** What a retrain takes from the marks: confirmed anomalies (test or training) out, test items marked normal in. */
export interface TrainingFeedback {
  anomalyTest: number[];
  anomalyTrain: number[];
  normalTest: number[];
}

export function trainingFeedback(marks: ReadonlyMap<string, Mark>): TrainingFeedback {
  const feedback: TrainingFeedback = { anomalyTest: [], anomalyTrain: [], normalTest: [] };
  for (const [key, mark] of marks) {
    const parsed = parseMarkKey(key);
    if (!parsed) continue;
    if (mark === 'anomaly')
      (parsed.set === 'test' ? feedback.anomalyTest : feedback.anomalyTrain).push(parsed.position);
    else if (parsed.set === 'test') feedback.normalTest.push(parsed.position);
  }
  return feedback;
}

/**
 * The test positions a retrain trains on, which leave its test set: those marked normal, and for a
 * detector that learns from labels those marked anomalous too (they train as labelled anomalies).
 */
export function trainedOnTestItems(feedback: TrainingFeedback, learnsLabels: boolean): number[] {
  return [...feedback.normalTest, ...(learnsLabels ? feedback.anomalyTest : [])];
}

/**
 * The training positions to keep and the test positions to add, given each position's item id
 * (the same item can be a test item and a training item: an unlabelled table scores all its rows).
 */
export function feedbackRows(
  feedback: TrainingFeedback,
  items: { train: ArrayLike<number>; test: ArrayLike<number> },
): { keepTrain: number[]; addTest: number[] } {
  const drop = new Set<number>(feedback.anomalyTrain.map((p) => items.train[p]));
  for (const p of feedback.anomalyTest) drop.add(items.test[p]);
  const inTraining = new Set<number>(Array.from(items.train));
  const keepTrain = Array.from({ length: items.train.length }, (_, p) => p).filter((p) => !drop.has(items.train[p]));
  const addTest = feedback.normalTest.filter((p) => !inTraining.has(items.test[p]));
  return { keepTrain, addTest };
}
