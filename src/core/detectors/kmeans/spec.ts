import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/** Distance to the nearest of k centroids fitted to the training rows (k-means++ start, seeded). */
export const kmeansDetector = defineDetector({
  id: 'kmeans',
  label: 'k-means distance',
  scoreName: 'distance to the nearest centroid',
  ...classicalSpecBase,
  fields: ['clusters'],
  params: [{ name: 'clusters', label: 'clusters k', kind: 'int', min: 1, max: 200, default: 8 }],
  views: [],
});
