import { createRandom } from '../../random';
import type { ClassicalBuildOptions, ClassicalModel } from '../classical';
import { numberParam, requireRows, rowScorer } from '../classical-shared/rowScorer';
import { kmeansPlusPlus, lloyd, nearestCentroid, type Centroids } from './lloyd';

/** Euclidean distance to the nearest centroid of k-means (k-means++ start from the seed, Lloyd to convergence). */
export function build(options: ClassicalBuildOptions): ClassicalModel {
  const k = Math.round(numberParam(options.params, 'clusters', 8));
  return rowScorer(
    'k-means detector',
    async (rows) => {
      requireRows(rows, k, `k-means detector with ${k} clusters`);
      return lloyd(rows, kmeansPlusPlus(rows, k, createRandom(options.seed ^ 0x6b6d)));
    },
    (centroids: Centroids, data, offset) => {
      const row = { data: data.subarray(offset, offset + centroids.width), count: 1, width: centroids.width };
      return Math.sqrt(nearestCentroid(row, 0, centroids).distance);
    },
  );
}
