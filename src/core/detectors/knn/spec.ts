import { neighborsField } from '../classical-shared/fields';
import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/** Distance to the k-th nearest training row (PyOD's KNN, method "largest"). */
export const knnDetector = defineDetector({
  id: 'knn',
  label: 'k-nearest neighbours',
  scoreName: 'distance to the k-th nearest neighbour',
  zh: { label: 'k 近邻', scoreName: '到第 k 个最近邻的距离' },
  ...classicalSpecBase,
  fields: ['neighbors'],
  params: [neighborsField],
  views: [],
});
