import { markKey, parseMarkKey, trainingFeedback, type Mark } from '../core/detect/feedback';
import { randomLabels } from '../core/detect/labelQueue';
import type { LearningPoint } from '../core/detect/learningCurve';
import { measuredPositions } from '../core/detect/verdict';
import { detectors, specOf } from '../core/detectors/registry';
import type { DetectorSpec } from '../core/detectors/spec';
import { activeMarks, retrainWithFeedback } from './feedbackIntents';
import { knownClassFigures } from './knownClassFigures';
import { splitKey } from './leaderboardIntents';
import { useLab } from './labStore';
import type { LabState } from './labState';
import { activeTestIsAnomaly, preparedInView } from './selectors';
import { localised, say } from './say';
import { startTraining } from './trainingIntents';

/**
 * Active learning: the marks made from the label queue (or anywhere) retrain a detector that learns
 * from labels, and every retrain adds a point to the learning curve. With the random baseline on,
 * a retrain on as many random labels (true labels of random test items) runs first, so the two
 * curves compare strategies at equal label counts; the active run is the one left on screen.
 */
export async function retrainWithLabels(): Promise<void> {
  const start = useLab.getState();
  const spec = specOf(start.config.model);
  if ((spec.labels ?? 'ignores') === 'ignores') {
    const aware = (detectors as readonly DetectorSpec[])
      .filter((d) => (d.labels ?? 'ignores') !== 'ignores')
      .map((d) => localised(d).label);
    useLab.setState({ errorMessage: say('err.labels.pickAware', { detectors: aware.join(say('list.or')) }) });
    return;
  }
  const marks = activeMarks(start);
  if (!start.results || marks.size === 0) return;
  const split = curveKey(start);
  const counts = preparedInView(start)?.prepared.counts;
  const budget = (counts?.labelledAnomalies ?? 0) + (counts?.labelledNormal ?? 0);
  const labels = budget + marks.size;
  const earlier = start.learningCurve?.split === split ? start.learningCurve.points : [];
  // The start is the run on screen, if it is this detector's.
  if (!earlier.length && start.runConfig?.model === start.config.model)
    addPoint(split, pointOf(start, 'start', budget));

  const truth = activeTestIsAnomaly(start);
  if (start.curveWithRandom && truth) {
    const testMarked = new Set(
      [...marks.keys()].map(parseMarkKey).flatMap((k) => (k?.set === 'test' ? [k.position] : [])),
    );
    const measured = measuredPositions(start.results.testScores.length, start.results.provenance);
    const open = Array.from(measured ?? start.results.testScores.keys()).filter((p) => !testMarked.has(p));
    const drawn = randomLabels(open, truth, marks.size, start.config.seed + earlier.length);
    const randomMarks = new Map<string, Mark>(
      drawn.map((d) => [markKey('test', d.position), d.anomaly ? 'anomaly' : 'normal']),
    );
    await startTraining(trainingFeedback(randomMarks));
    if (useLab.getState().status !== 'done') return;
    addPoint(split, pointOf(useLab.getState(), 'random', labels));
  }
  await retrainWithFeedback(start);
  if (useLab.getState().status === 'done') addPoint(split, pointOf(useLab.getState(), 'active', labels));
}

/** A curve belongs to one split and one detector: another detector's retrains start a curve of their own. */
export function curveKey(state: Pick<LabState, 'config'>): string {
  return `${splitKey(state.config)}|${state.config.model}`;
}

function pointOf(state: LabState, strategy: LearningPoint['strategy'], labels: number): LearningPoint {
  const results = state.results!;
  const figures = knownClassFigures(state, results, true);
  return {
    strategy,
    labels,
    auroc: results.auroc,
    known: figures?.known ?? Number.NaN,
    unknown: figures?.unknown ?? Number.NaN,
  };
}

function addPoint(split: string, point: LearningPoint): void {
  const { learningCurve } = useLab.getState();
  const points = learningCurve?.split === split ? learningCurve.points : [];
  useLab.setState({ learningCurve: { split, points: [...points, point] } });
}

export function setCurveWithRandom(on: boolean): void {
  useLab.setState({ curveWithRandom: on });
}
