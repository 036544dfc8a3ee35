import * as Comlink from 'comlink';
import { auroc, buildScoreIndex } from '../core/detect/metrics';
import { thresholdFor } from '../core/detect/thresholds';
import { detectorsOf } from '../core/detectors/registry';
import type { DetectorSpec } from '../core/detectors/spec';
import type { FieldResult } from '../core/lab/fieldComparison';
import { handPointsFromList, handPointsToList, type HandPoint } from '../core/toy/toySources';
import { prepareData } from './dataIntents';
import { initLab } from './labIntents';
import { useLab } from './labStore';
import type { PlaygroundSlice } from './playgroundSlice';
import { thresholdChoice } from './scoreResults';
import { activeTestIsAnomaly, isRunning } from './selectors';
import { updateConfig } from './trainingIntents';
import { api, messageOf } from './workerConnection';

/** Every one-pass detector that takes rows and trains without labels: the playground's small multiples. */
export const fieldDetectorIds = (): string[] =>
  detectorsOf('classical')
    .filter((d) => d.accepts.includes('row') && (d as DetectorSpec).labels !== 'needs')
    .map((d) => d.id);

function setPlayground(patch: Partial<NonNullable<PlaygroundSlice['playground']>>): void {
  const playground = useLab.getState().playground;
  if (playground) useLab.setState({ playground: { ...playground, ...patch } });
}

/**
 * Fits every one-pass detector on the playground's points, one after another in the worker, each
 * field arriving as it is done (the chosen detector's own run stays as it was).
 */
export async function compareFields(): Promise<void> {
  const state = useLab.getState();
  if (isRunning(state) || state.playground?.status === 'running' || state.classicalProgress) return;
  const ids = fieldDetectorIds();
  try {
    await initLab();
    await prepareData();
    const { config } = useLab.getState();
    useLab.setState({
      playground: { status: 'running', ids, results: [], progress: null },
      // Work in flight for the rest of the page: Train waits, a shipped start yields.
      classicalProgress: { detector: '', percent: 0, done: 0, total: ids.length },
      errorMessage: null,
    });
    const outcome = await api().compareFields(
      ids as never[],
      config,
      Comlink.proxy({
        onProgress: (id: string, percent: number) => setPlayground({ progress: { id, percent } }),
        onResult: (result: FieldResult) => {
          const now = useLab.getState();
          const isAnomaly = activeTestIsAnomaly(now);
          if (!now.playground || !isAnomaly || isAnomaly.length !== result.testScores.length) return;
          const index = buildScoreIndex(result.testScores, isAnomaly);
          const threshold = thresholdFor(thresholdChoice(now.config), {
            trainScores: result.trainScores,
            testScores: result.testScores,
            index,
            labelled: true,
          });
          const figure = {
            id: result.id,
            field: result.field,
            testScores: result.testScores,
            auroc: auroc(index),
            threshold,
          };
          setPlayground({ results: [...now.playground.results, figure] });
        },
      }),
    );
    setPlayground({ status: outcome.status === 'done' ? 'done' : 'stopped', progress: null });
  } catch (error) {
    setPlayground({ status: 'stopped', progress: null });
    useLab.setState({ errorMessage: messageOf(error) });
  } finally {
    useLab.setState({ classicalProgress: null });
  }
}

/** Places a point by hand (the link keeps it); the split changes, so the next run fits it too. */
export function placePoint(point: HandPoint): void {
  const points = handPointsFromList(useLab.getState().config.points);
  updateConfig({ points: handPointsToList([...points, point]) });
}

/** Moves the hand-placed point `k` (keyboard: arrow keys). */
export function moveHandPoint(k: number, dx: number, dy: number): void {
  const points = handPointsFromList(useLab.getState().config.points);
  if (!points[k]) return;
  points[k] = {
    ...points[k],
    x: Math.min(1, Math.max(-1, points[k].x + dx)),
    y: Math.min(1, Math.max(-1, points[k].y + dy)),
  };
  updateConfig({ points: handPointsToList(points) });
}

/** Takes every hand-placed point away. */
export function clearHandPoints(): void {
  updateConfig({ points: [] });
}
