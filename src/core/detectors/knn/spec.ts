import { neighborsField } from '../classical-shared/fields';
import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/** Distance to the k-th nearest training row (PyOD's KNN, method "largest"). */
export const knnDetector = defineDetector({
  id: 'knn',
  label: 'k-nearest neighbours',
  scoreName: 'distance to the k-th nearest neighbour',
  ...classicalSpecBase,
  fields: ['neighbors'],
  params: [neighborsField],
  views: [],
});
