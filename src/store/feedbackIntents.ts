import {
  feedbackSummary,
  parseMarkKey,
  thresholdFromFeedback,
  trainedOnTestItems,
  trainingFeedback,
  type Mark,
  type MarkKey,
} from '../core/detect/feedback';
import { specOf } from '../core/detectors/registry';
import { downloadBlob } from './download';
import { startTraining } from './trainingIntents';
import { useLab } from './labStore';
import type { LabState } from './labState';
import { activeTestIsAnomaly, preparedImages, preparedInView, preparedTable } from './selectors';
import { deriveResults } from './scoreResults';
import { countAtOrBelow } from '../core/detect/metrics';
import { splitKey } from './leaderboardIntents';
import type { RunSummary } from './feedbackSlice';
import { moveThreshold } from './thresholdIntents';
import { api, messageOf } from './workerConnection';
import { say } from './say';

/**
 * The feedback loop: items marked "confirmed anomaly" or "actually normal" in the ranked table and
 * the galleries; metrics against the marks, the threshold they imply, and a retrain that learns
 * from them, compared with the run before.
 */
const noMarks: ReadonlyMap<string, Mark> = new Map();

/** The marks made on the split in view (marks from another split no longer name the same items). */
export function activeMarks(state: LabState = useLab.getState()): ReadonlyMap<string, Mark> {
  return state.marksSplit === splitKey(state.config) ? state.marks : noMarks;
}

/** Marks an item; the same mark again takes it off. */
export function toggleMark(key: MarkKey, mark: Mark): void {
  const state = useLab.getState();
  const marks = new Map(activeMarks(state));
  if (marks.get(key) === mark) marks.delete(key);
  else marks.set(key, mark);
  useLab.setState({ marks, marksSplit: splitKey(state.config) });
}

export function clearMarks(): void {
  useLab.setState({ marks: new Map(), marksSplit: null });
}

/** Moves the threshold to the one that best separates the marked items (then it is a manual threshold). */
export function applyThresholdFromFeedback(): void {
  const { results } = useLab.getState();
  if (!results) return;
  const placed = thresholdFromFeedback(activeMarks(), results.testScores, results.trainScores);
  if (!placed) {
    useLab.setState({
      errorMessage: say('err.feedbackThreshold'),
    });
    return;
  }
  moveThreshold(placed.threshold);
}

/**
 * A run's figures for the before / after comparison, on the test items both runs are measured on:
 * the results' own measured items, less `leftOut` (the test items the retrain trains on, which the
 * run before it still measured).
 */
function summary(state: LabState, leftOut: readonly number[] = []): RunSummary | null {
  const { results: shown, threshold } = state;
  const isAnomaly = activeTestIsAnomaly(state);
  if (!shown || !isAnomaly) return null;
  const trainedOn = [...(shown.provenance.trainedOnTestItems ?? []), ...leftOut];
  const results = leftOut.length
    ? deriveResults(shown.testScores, shown.trainScores, isAnomaly, null, {
        ...shown.provenance,
        trainedOnTestItems: trainedOn,
      })
    : shown;
  const { index } = results;
  const flagged = index.total - countAtOrBelow(index.sorted, threshold);
  const counts = preparedInView(state)?.prepared.counts;
  // Marks on test items the detector trained on say nothing of it: those items are left out here too.
  const trainedOnMark = (key: string) => {
    const parsed = parseMarkKey(key);
    return parsed?.set === 'test' && trainedOn.includes(parsed.position);
  };
  const marks = new Map([...activeMarks(state)].filter(([key]) => !trainedOnMark(key)));
  return {
    auroc: results.auroc,
    auprc: results.auprc,
    // Test items only: training items marked as anomalies are left out of the retrain, which would flatter it.
    feedbackAuroc: feedbackSummary(marks, results.testScores, new Float32Array(0), threshold).auroc,
    flaggedShare: index.total ? flagged / index.total : Number.NaN,
    trainingItems: counts ? counts.train : results.trainScores.length,
  };
}

/**
 * Retrains with the same settings on the split's training items without the confirmed anomalies
 * and with the test items marked normal, then shows the metrics before and after side by side.
 * `before`: the state to compare with (by default the one now on screen).
 */
export async function retrainWithFeedback(before: LabState = useLab.getState()): Promise<void> {
  const state = before;
  const marks = activeMarks(state);
  const feedback = trainingFeedback(marks);
  const learnsLabels = (specOf(state.config.model).labels ?? 'ignores') !== 'ignores';
  const trainedOn = trainedOnTestItems(feedback, learnsLabels);
  // Measured, like the run after it, without the test items that are about to join the training items.
  const beforeSummary = summary(state, trainedOn);
  if (!beforeSummary || marks.size === 0) return;
  await startTraining(feedback);
  const after = useLab.getState();
  if (after.status !== 'done') return;
  const afterSummary = summary(after);
  if (afterSummary) {
    // A detector that learns from labels keeps marked anomalies as labelled training items.
    afterSummary.trainingItems = learnsLabels
      ? beforeSummary.trainingItems + trainedOn.length
      : beforeSummary.trainingItems -
        feedback.anomalyTrain.length -
        feedback.anomalyTest.length +
        feedback.normalTest.length;
  }
  useLab.setState({ feedbackComparison: { before: beforeSummary, after: afterSummary, moved: trainedOn.length } });
}

/** The training items the detector finds oddest (image sets), for marking. */
export async function showOddTraining(count: number): Promise<void> {
  const { results } = useLab.getState();
  if (!results) return;
  const scores = results.trainScores;
  const positions = Array.from(scores.keys())
    .sort((a, b) => scores[b] - scores[a])
    .slice(0, count);
  try {
    const items = await api().detector.trainingItems(positions);
    useLab.setState({ oddTraining: { positions, ...items } });
  } catch (error) {
    useLab.setState({ errorMessage: messageOf(error) });
  }
}

/** The marks as a CSV file: which set, position, the item's file row or label, the mark and the score. */
export function exportFeedback(): void {
  const state = useLab.getState();
  const { results } = state;
  const table = preparedTable(state);
  const images = preparedImages(state);
  const lines = ['set,position,item,mark,score'];
  for (const [key, mark] of activeMarks(state)) {
    const parsed = parseMarkKey(key);
    if (!parsed || !results) continue;
    const test = parsed.set === 'test';
    const score = (test ? results.testScores : results.trainScores)[parsed.position];
    const item = test
      ? table
        ? `row ${table.testRowNumbers[parsed.position]}`
        : `label ${images?.testLabels[parsed.position] ?? ''}`
      : `training item ${parsed.position}`;
    lines.push([parsed.set, parsed.position, item, mark, score].join(','));
  }
  downloadBlob(new Blob([`${lines.join('\n')}\n`], { type: 'text/csv' }), 'feedback.csv');
}
