import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/**
 * Principal component analysis: the top principal directions of the training rows, a row scored
 * by its mean squared residual outside them. The linear counterpart of an autoencoder.
 */
export const pcaDetector = defineDetector({
  id: 'pca',
  label: 'PCA reconstruction',
  scoreName: 'reconstruction error outside the components',
  ...classicalSpecBase,
  fields: ['components', 'variance'],
  params: [
    // Capped at one fewer than the features (all of them would reconstruct every row exactly).
    { name: 'components', label: 'principal components', kind: 'int', min: 1, max: 256, default: 32 },
    // 0: keep `components`; else the fewest components (at most `components`) explaining this share.
    {
      name: 'variance',
      label: 'explained variance share (0 = use components)',
      kind: 'number',
      min: 0,
      max: 1,
      default: 0,
    },
  ],
  views: ['reconstructions'],
});
