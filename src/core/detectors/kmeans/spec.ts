import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

export const clustersField = {
  name: 'clusters',
  label: 'clusters k',
  zh: '簇数 k',
  kind: 'int',
  min: 1,
  max: 200,
  default: 8,
} as const;

/** Distance to the nearest of k centroids fitted to the training rows (k-means++ start, seeded). */
export const kmeansDetector = defineDetector({
  id: 'kmeans',
  label: 'k-means distance',
  scoreName: 'distance to the nearest centroid',
  zh: { label: 'k 均值距离', scoreName: '到最近质心的距离' },
  ...classicalSpecBase,
  fields: ['clusters'],
  params: [clustersField],
  views: [],
});
