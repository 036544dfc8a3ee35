import { loadAutoencoderBuilder } from '../builders';
import { refuseOtherSaved, type DetectorFamily } from '../family';
import type { AutoencoderSpec } from '../spec';
import { fittedAutoencoder } from './fitted';
import { trainAutoencoder } from './run';
import { autoencoderOptions, loadAutoencoderWeights } from './saved';

/** Networks trained by gradient steps on a reconstruction loss (dense, convolutional, variational, sequence). */
export const autoencoderFamily: DetectorFamily<AutoencoderSpec> = {
  train: trainAutoencoder,

  async restore(spec, saved, config, shape) {
    refuseOtherSaved(spec, saved, 'autoencoder');
    const build = await loadAutoencoderBuilder(spec);
    const model = build(autoencoderOptions(spec, config, shape));
    try {
      loadAutoencoderWeights(model, saved.state);
    } catch (error) {
      model.dispose();
      throw error;
    }
    return fittedAutoencoder(spec.id, model);
  },

  async probeStep(spec, config, shape, batch) {
    const build = await loadAutoencoderBuilder(spec);
    const model = build(autoencoderOptions(spec, config, shape));
    return {
      step: () => [model.trainStep(batch)],
      dispose: () => model.dispose(),
    };
  },
};
