import type { ClassicalBuildOptions, ClassicalModel } from '../classical';
import { neighbourDetector } from '../classical-shared/neighbourDetector';
import type { Neighbours } from '../classical-shared/neighbours';
import { numberParam } from '../classical-shared/rowScorer';

/**
 * Local reachability density of each query row: the inverse mean reachability distance to its
 * neighbours, reach(q, n) = max(d(q, n), k-distance(n)). The 1e-10 keeps duplicates finite (as
 * scikit-learn does).
 */
function densities({ k, distances, indices }: Neighbours, kDistance: Float64Array): Float64Array {
  const count = distances.length / k;
  return Float64Array.from({ length: count }, (_, q) => {
    let sum = 0;
    for (let j = 0; j < k; j += 1) sum += Math.max(distances[q * k + j], kDistance[indices[q * k + j]]);
    return 1 / (sum / k + 1e-10);
  });
}

/** LOF of each query: the mean of its neighbours' densities over its own. */
function outlierFactors({ k, indices }: Neighbours, own: Float64Array, density: Float64Array): Float32Array {
  return Float32Array.from(own, (d, q) => {
    let sum = 0;
    for (let j = 0; j < k; j += 1) sum += density[indices[q * k + j]];
    return sum / k / d;
  });
}

/** Local Outlier Factor in novelty mode (scikit-learn's LocalOutlierFactor(novelty=True).score_samples, negated). */
export function build(options: ClassicalBuildOptions): ClassicalModel {
  return neighbourDetector(
    'Local Outlier Factor',
    numberParam(options.params, 'neighbors', 20),
    (own) => {
      const { k } = own;
      const kDistance = Float64Array.from({ length: own.distances.length / k }, (_, r) => own.distances[r * k + k - 1]);
      const density = densities(own, kDistance);
      return { kDistance, density, trainScores: outlierFactors(own, density, density) };
    },
    ({ kDistance, density }, found) => outlierFactors(found, densities(found, kDistance), density),
  );
}
