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
  zh: { label: 'PCA 重构', scoreName: '主成分之外的重构误差' },
  ...classicalSpecBase,
  fields: ['components', 'variance'],
  params: [
    // Capped at one fewer than the features (all of them would reconstruct every row exactly).
    { name: 'components', label: 'principal components', zh: '主成分个数', kind: 'int', min: 1, max: 256, default: 32 },
    // 0: keep `components`; else the fewest components (at most `components`) explaining this share.
    {
      name: 'variance',
      label: 'explained variance share (0 = use components)',
      zh: '解释方差比例（0 = 按主成分个数）',
      kind: 'number',
      min: 0,
      max: 1,
      default: 0,
    },
  ],
  views: ['reconstructions'],
});
