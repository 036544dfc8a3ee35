import type { LabConfig } from '../config';
import { loadAutoencoderBuilder } from '../detectors/builders';
import type { DetectorModel, ModelBuildOptions } from '../detectors/model';
import type { AutoencoderSpec } from '../detectors/spec';
import { runTrainingLoop } from '../train/loop';
import type { SplitTensors } from './classicalRun';
import { decodedGrids } from './decodedGrids';
import type { RunControl } from './runControl';
import { autoencoderOptions, loadAutoencoderWeights, saveAutoencoder } from './savedDetector';
import type { RunCheckpoint, RunOutcome, SessionEvents } from './sessionTypes';

/** What an autoencoder run trains: the detector, its settings, the split's rows and how they read. */
export interface AutoencoderRunInput {
  spec: AutoencoderSpec;
  config: LabConfig;
  tensors: SplitTensors;
  outputActivation: ModelBuildOptions['outputActivation'];
  sequence: ModelBuildOptions['sequence'];
  /** A checkpoint to continue from after a fault (used when it is this detector's). */
  resume?: RunCheckpoint;
}

/** The session's side of a run: it holds the model and sends the views of the current detector. */
export interface AutoencoderRunViews {
  hold(model: DetectorModel): void;
  sendSamples(): Promise<void>;
  /** `fitMs`: a finished run's training time, reported with the scores. */
  sendScores(fitMs?: number): Promise<void>;
  sendLatent(): Promise<void>;
}

/**
 * A gradient-trained autoencoder from build to scores: epochs over the training rows with a
 * checkpoint, sample reconstructions and (for generative ones) decoded grids at every epoch's end,
 * then the split's scores and the latent view.
 */
export async function runAutoencoderDetector(
  { spec, config, tensors, outputActivation, sequence, resume }: AutoencoderRunInput,
  control: RunControl,
  events: SessionEvents,
  views: AutoencoderRunViews,
): Promise<RunOutcome> {
  const started = performance.now();
  // The detector's own code loads on first use (its folder's build module).
  const build = await loadAutoencoderBuilder(spec);
  const inputSize = tensors.fit.shape[1];
  const model = build(autoencoderOptions(spec, config, inputSize, outputActivation, sequence));
  views.hold(model);
  // Resuming after a fault: the checkpoint's weights, and the epochs it had done.
  const resumed = resume?.saved.id === spec.id ? resume : undefined;
  if (resumed) loadAutoencoderWeights(model, resumed.saved.state);
  await views.sendSamples();
  const outcome = await runTrainingLoop(
    model,
    { fit: tensors.fit, validation: tensors.validation },
    {
      epochs: config.epochs,
      batchSize: config.batch,
      seed: config.seed,
      noise: config.noise,
      startEpoch: resumed?.epoch,
    },
    {
      shouldStop: control.shouldStop,
      // A pause is a good moment to look at the detector as it stands.
      waitWhilePaused: () => control.waitWhilePaused(() => views.sendScores()),
    },
    {
      onStepLosses: (losses, firstStep) => events.onStepLosses(losses, firstStep),
      onEpochEnd: async (report) => {
        events.onEpoch({ ...report, epochs: config.epochs });
        if (events.onCheckpoint) {
          const saved = { ...(await saveAutoencoder(spec.id, model)), inputSize, outputActivation, sequence };
          events.onCheckpoint({ saved, epoch: report.epoch });
        }
        await views.sendSamples();
        const grids = events.onDecoded && (await decodedGrids(model, config.seed));
        if (grids) events.onDecoded?.(grids);
      },
    },
  );
  await views.sendScores(performance.now() - started);
  await views.sendLatent();
  return outcome;
}
