import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/** The largest absolute z-score over a row's features (means and stds of the training rows). */
export const zscoreDetector = defineDetector({
  id: 'zscore',
  label: 'z-score (max |z|)',
  scoreName: 'largest |z| over the features',
  zh: { label: 'z 分数（最大 |z|）', scoreName: '各特征中最大的 |z|' },
  ...classicalSpecBase,
  fields: [],
  views: [],
});
