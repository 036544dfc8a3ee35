import { buildDenseAutoencoder } from './denseAutoencoder';
import type { ModelId } from './ids';
import type { DetectorModel, Activation } from './types';

/** Everything a model builder may read from the lab's configuration. */
export interface ModelBuildOptions {
  inputSize: number;
  layers: number[];
  latent: number;
  activation: Activation;
  learningRate: number;
  seed: number;
}

export const modelBuilders: Record<ModelId, (options: ModelBuildOptions) => DetectorModel> = {
  'dense-ae': buildDenseAutoencoder,
};
