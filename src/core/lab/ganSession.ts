import type * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../config';
import type { GanSpec } from '../detectors/spec';
import { buildGanState, trainAndScoreGan, type GanState } from './ganRun';
import type { RunControl } from './runControl';
import type { RunOutcome, SessionEvents } from './sessionTypes';

/**
 * A GAN run in the session: builds the generator and discriminator (handing their state to the
 * session at once, so pause, step and interpolation work while it trains), trains on the fit items
 * (or on every item when asked), and reports the chosen scorer's scores with all the others.
 */
export async function runGanDetector(
  spec: GanSpec,
  config: LabConfig,
  tensors: { fit: tf.Tensor2D; validation: tf.Tensor2D | null; test: tf.Tensor2D; samples: tf.Tensor2D },
  allItems: tf.Tensor2D | null,
  control: RunControl,
  classifier: tf.LayersModel | null,
  events: SessionEvents,
  keepState: (state: GanState) => void,
): Promise<RunOutcome> {
  const state = await buildGanState(spec, config, tensors.fit.shape[1]);
  keepState(state);
  const noop = () => undefined;
  const { outcome, scores } = await trainAndScoreGan(
    state,
    {
      fit: allItems ?? tensors.fit,
      trainForScores: [tensors.fit, ...(tensors.validation ? [tensors.validation] : [])],
      test: tensors.test,
      samples: tensors.samples,
    },
    config,
    {
      shouldStop: control.shouldStop,
      waitWhilePaused: () => control.waitWhilePaused(),
      snapshotNow: control.snapshotNow,
    },
    classifier,
    {
      onGanStats: events.onGanStats ?? noop,
      onGanSnapshot: events.onGanSnapshot ?? noop,
      onPhase: events.onPhase ?? noop,
    },
    (values) => events.onSamples(values),
  );
  const chosen = scores[config.scorer] ?? scores.disc;
  if (chosen) await events.onScores({ ...chosen, byScorer: scores, trainedOnTest: allItems !== null });
  return outcome;
}
