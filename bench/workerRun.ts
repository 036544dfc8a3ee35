import * as Comlink from 'comlink';
import type { Remote } from 'comlink';
import type { LabConfig } from '../src/core/config';
import type { ScoreResult } from '../src/core/lab/session';
import type { LabApi } from '../src/worker/lab.worker';
import type { TrainingFeedback } from '../src/core/detect/feedback';

const noop = () => {};

/**
 * A training run in the lab's worker on data it already holds, heard as the benchmarks need it:
 * when each epoch ended, and the last scores. Views the benchmark does not draw get a handler that
 * does nothing (every event the session sends needs one: through Comlink an optional handler is
 * always there on the worker's side, and a missing one fails on the page as "reading 'apply'").
 */
export async function trainCollecting(lab: Remote<LabApi>, config: LabConfig, feedback?: TrainingFeedback) {
  const epochEnds: number[] = [];
  let scores: ScoreResult | null = null;
  const outcome = await lab.train(
    config,
    Comlink.proxy({
      onStepLosses: noop,
      onEpoch: () => void epochEnds.push(performance.now()),
      onSamples: noop,
      onLatent: noop,
      onDecoded: noop,
      onField: noop,
      onGanStats: noop,
      onGanSnapshot: noop,
      onPhase: noop,
      onProgress: noop,
      onCheckpoint: noop,
      onClassicalResult: noop,
      onScores: (result: ScoreResult) => void (scores = result),
    }),
    feedback,
  );
  return { outcome, epochEnds, scores: scores as ScoreResult | null };
}
