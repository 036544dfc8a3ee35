import { buildDenseAutoencoder } from './denseAutoencoder';
import { buildDcgan } from './gan/dcgan';
import { buildMlpGan } from './gan/mlpGan';
import type { GanBuildOptions, GanModel } from './gan/types';
import type { AutoencoderId, GanId } from './ids';
import type { DetectorModel, ModelBuildOptions } from './types';

export const modelBuilders: Record<AutoencoderId, (options: ModelBuildOptions) => DetectorModel> = {
  'dense-ae': buildDenseAutoencoder,
};

export const ganBuilders: Record<GanId, (options: GanBuildOptions) => GanModel> = {
  dcgan: buildDcgan,
  'mlp-gan': buildMlpGan,
};
