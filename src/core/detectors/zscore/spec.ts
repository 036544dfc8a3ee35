import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/** The largest absolute z-score over a row's features (means and stds of the training rows). */
export const zscoreDetector = defineDetector({
  id: 'zscore',
  label: 'z-score (max |z|)',
  scoreName: 'largest |z| over the features',
  ...classicalSpecBase,
  fields: [],
  views: [],
});
