import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/** Squared Mahalanobis distance under the training covariance, shrunk (Ledoit-Wolf) so it always inverts. */
export const mahalanobisDetector = defineDetector({
  id: 'mahalanobis',
  label: 'Mahalanobis distance',
  scoreName: 'squared Mahalanobis distance',
  zh: { label: '马氏距离', scoreName: '马氏距离的平方' },
  ...classicalSpecBase,
  fields: [],
  views: [],
});
