import type { LabConfig } from '../../config';
import type { GanSpec } from '../spec';
import * as tf from '@tensorflow/tfjs';
import type { GanScorer } from '../../gan/scorers';
import { scoreSplit } from '../../train/evaluate';
import {
  buildGanState,
  ganScorer,
  scorersOf,
  snapshotOf,
  trainAndScoreGan,
  type GanScores,
  type GanState,
} from './run';
import type { SplitData } from '../../lab/sessionData';
import type { FamilyRun } from '../family';
import { message, MessageError } from '../../messages';
import type { RunOutcome, SessionEvents } from '../../lab/sessionTypes';

const scoringBatch = 256;

/**
 * A GAN run in the session: builds the generator and discriminator (handing their state to the
 * session at once, so pause, step and interpolation work while it trains), trains on the fit items
 * (or on every item when asked), and reports the chosen scorer's scores with all the others.
 */
export async function runGanDetector(
  spec: GanSpec,
  run: FamilyRun,
  keepState: (state: GanState) => void,
): Promise<RunOutcome> {
  const { config, tensors, split, control, classifier, events } = run;
  // GANs generate pixels in [0, 1]: an image set, or a table whose rows are square images.
  if (run.shape.outputActivation !== 'sigmoid') throw new MessageError(message('err.core.ganImages'));
  const allItems = config.gandata === 'all' ? run.everyItem() : null;
  try {
    const state = await buildGanState(spec, config, tensors.fit.shape[1]);
    keepState(state);
    const noop = () => undefined;
    const { outcome, scores } = await trainAndScoreGan(
      state,
      {
        fit: allItems ?? tensors.fit,
        trainForScores: [split.fit, ...(split.validation ? [split.validation] : [])],
        test: split.test,
        samples: split.samples,
      },
      config,
      {
        shouldStop: control.shouldStop,
        waitWhilePaused: () => control.waitWhilePaused(),
        snapshotNow: control.snapshotNow,
        stepPart: control.stepPart,
        isPaused: control.isPaused,
      },
      classifier,
      {
        onGanStats: events.onGanStats ?? noop,
        onGanSnapshot: async (snapshot) => {
          // Awaited: the page's handler answers when it has taken the snapshot, so a run that snapshots
          // every step waits for the page instead of flooding it.
          await (events.onGanSnapshot?.(snapshot) as Promise<void> | undefined);
          // On the playground's plane: the discriminator's belief over it, with every snapshot.
          const field = split.field;
          if (field && events.onField) events.onField(await ganScorer(state, 'disc', scoringBatch)(field));
        },
        onPhase: events.onPhase ?? noop,
      },
      (values) => events.onSamples(values),
    );
    const chosen = scores[config.scorer] ?? scores.disc;
    if (chosen) await events.onScores({ ...chosen, byScorer: scores, trainedOnTest: allItems !== null });
    // The finished run's field is the chosen scorer's, as its scores and threshold are.
    const scorer = scores[config.scorer] ? config.scorer : 'disc';
    if (split.field && events.onField) events.onField(await ganScorer(state, scorer, scoringBatch)(split.field));
    return outcome;
  } finally {
    allItems?.dispose();
  }
}

/**
 * A reopened GAN shows what a finished run showed: its grid (from the saved fixed noise), the
 * encoder's reconstructions of the sample items, and every scorer's scores of the split.
 */
export async function reopenGan(
  state: GanState,
  config: LabConfig,
  tensors: SplitData,
  classifier: tf.LayersModel | null,
  events: SessionEvents,
): Promise<void> {
  events.onGanSnapshot?.(await snapshotOf(state, config.steps, classifier));
  const encoder = state.encoder;
  if (encoder && tensors.samples.shape[0] > 0) {
    const reconstructions = tf.tidy(() => state.gan.generate(encoder.encode(tensors.samples)));
    events.onSamples((await reconstructions.data()) as Float32Array);
    reconstructions.dispose();
  }
  const training = [tensors.fit, ...(tensors.validation ? [tensors.validation] : [])];
  const byScorer: Partial<Record<GanScorer, GanScores>> = {};
  for (const scorer of scorersOf(state)) {
    byScorer[scorer] = await scoreSplit(ganScorer(state, scorer, scoringBatch), tensors.test, training);
  }
  const chosen = byScorer[config.scorer] ?? byScorer.disc!;
  await events.onScores({ ...chosen, byScorer, trainedOnTest: config.gandata === 'all' });
}
