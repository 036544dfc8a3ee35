import { runTrainingLoop } from '../../train/loop';
import { decodedGrids } from '../../lab/decodedGrids';
import type { RunOutcome } from '../../lab/sessionTypes';
import { loadAutoencoderBuilder } from '../builders';
import type { FamilyRun } from '../family';
import type { AutoencoderSpec } from '../spec';
import { fittedAutoencoder } from './fitted';
import { autoencoderOptions, loadAutoencoderWeights, saveAutoencoder } from './saved';

/**
 * A gradient-trained autoencoder from build to scores: epochs over the training rows with a
 * checkpoint, sample reconstructions and (for generative ones) decoded grids at every epoch's end,
 * then the split's scores and the latent view.
 */
export async function trainAutoencoder(spec: AutoencoderSpec, run: FamilyRun): Promise<RunOutcome> {
  const { config, tensors, shape, control, events, resume } = run;
  const started = performance.now();
  // The detector's own code loads on first use (its folder's build module).
  const build = await loadAutoencoderBuilder(spec);
  const model = build(autoencoderOptions(spec, config, shape));
  run.hold(fittedAutoencoder(spec.id, model));
  // Resuming after a fault: the checkpoint's weights, and the epochs it had done.
  const resumed = resume?.saved.id === spec.id ? resume : undefined;
  if (resumed) loadAutoencoderWeights(model, resumed.saved.state);
  else await model.begin?.(tensors.fit, config.batch, tensors.fitLabels);
  const sendSamples = () => run.sendSamples(config.noise);
  await sendSamples();
  const outcome = await runTrainingLoop(
    model,
    { fit: tensors.fit, validation: tensors.validation, fitLabels: tensors.fitLabels },
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
      waitWhilePaused: () => control.waitWhilePaused(() => run.sendScores()),
    },
    {
      onStepLosses: (losses, firstStep) => events.onStepLosses(losses, firstStep),
      onEpochEnd: async (report) => {
        events.onEpoch({ ...report, epochs: config.epochs });
        if (events.onCheckpoint) {
          const { inputSize, outputActivation, sequence } = shape;
          const saved = { ...(await saveAutoencoder(spec.id, model)), inputSize, outputActivation, sequence };
          events.onCheckpoint({ saved, epoch: report.epoch });
        }
        await sendSamples();
        const grids = events.onDecoded && (await decodedGrids(model, config.seed));
        if (grids) events.onDecoded?.(grids);
      },
    },
  );
  await run.sendScores(performance.now() - started);
  await run.sendLatent();
  return outcome;
}
