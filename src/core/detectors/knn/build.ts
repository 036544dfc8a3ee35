import type { ClassicalBuildOptions, ClassicalModel } from '../classical';
import { neighbourDetector } from '../classical-shared/neighbourDetector';
import type { Neighbours } from '../classical-shared/neighbours';
import { numberParam } from '../classical-shared/rowScorer';

/** Each row's distance to its k-th neighbour, from the neighbour table. */
const kthDistances = ({ k, distances }: Neighbours) =>
  Float32Array.from({ length: distances.length / k }, (_, r) => distances[r * k + k - 1]);

/**
 * Distance to the k-th nearest training row. The neighbour search runs on the active backend
 * (classical-shared/neighbours.ts); training rows are scored without themselves.
 */
export function build(options: ClassicalBuildOptions): ClassicalModel {
  return neighbourDetector(
    'k-NN detector',
    numberParam(options.params, 'neighbors', 5),
    (own) => ({ trainScores: kthDistances(own) }),
    (_state, found) => kthDistances(found),
  );
}
