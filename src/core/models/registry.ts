import { buildDenseAutoencoder } from './denseAutoencoder';
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

export const modelBuilders = {
  'dense-ae': (options: ModelBuildOptions): DetectorModel => buildDenseAutoencoder(options),
} as const;

export type ModelId = keyof typeof modelBuilders;
export const modelIds = Object.keys(modelBuilders) as ModelId[];
