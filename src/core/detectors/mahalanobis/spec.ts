import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/** Squared Mahalanobis distance under the training covariance, shrunk (Ledoit-Wolf) so it always inverts. */
export const mahalanobisDetector = defineDetector({
  id: 'mahalanobis',
  label: 'Mahalanobis distance',
  scoreName: 'squared Mahalanobis distance',
  ...classicalSpecBase,
  fields: [],
  views: [],
});
