import * as tf from '@tensorflow/tfjs';
import { refuseOtherSaved, type DetectorFamily } from '../family';
import type { GanSpec } from '../spec';
import { fittedGan, type FittedGan } from './fitted';
import { buildGanState, disposeGanState } from './run';
import { restoreGan } from './saved';
import { reopenGan, runGanDetector } from './session';

/**
 * A generator and a discriminator trained against each other (two optimisers), then scored by the
 * discriminator or by an f-AnoGAN encoder trained after them.
 */
export const ganFamily: DetectorFamily<GanSpec> = {
  train: (spec, run) => runGanDetector(spec, run, (state) => run.hold(fittedGan(spec.id, state, run.config.scorer))),

  async restore(spec, saved, config, shape) {
    refuseOtherSaved(spec, saved, 'gan');
    return fittedGan(spec.id, await restoreGan(spec, saved, config, shape.inputSize), config.scorer);
  },

  reopen: (detector, view) =>
    reopenGan((detector as FittedGan).state, view.config, view.tensors, view.classifier, view.events),

  async probeStep(spec, config, shape, batch) {
    const state = await buildGanState(spec, config, shape.inputSize);
    const noise = tf.randomNormal([config.batch, config.latent], 0, 1, 'float32', 19) as tf.Tensor2D;
    return {
      step: () => [state.gan.discriminatorStep(batch, noise), state.gan.generatorStep(noise)],
      dispose: () => {
        disposeGanState(state);
        noise.dispose();
      },
    };
  },
};
