import { buildDenseAutoencoder } from './denseAutoencoder';
import type { ModelId } from './ids';
import type { DetectorModel, ModelBuildOptions } from './types';

export const modelBuilders: Record<ModelId, (options: ModelBuildOptions) => DetectorModel> = {
  'dense-ae': buildDenseAutoencoder,
};
