import type { ClassicalBuildOptions, ClassicalModel } from '../classical';
import { tailDetector } from '../ecod/tailDetector';

/**
 * COPOD (Li, Zhao, Botta, Ionescu and Hu, "COPOD: Copula-Based Outlier Detection", ICDM 2020): the
 * empirical copula of the training rows, read through each column's tail probabilities. A column's
 * share is its skew-chosen tail, or the mean of its two tails where that is larger, as the authors'
 * own implementation (PyOD's COPOD) combines them; a column of skewness 0 counts both tails.
 * Parameter-free. It shares ECOD's counting of the training columns (ecod/tails.ts).
 */
export function build(_options: ClassicalBuildOptions): ClassicalModel {
  return tailDetector('COPOD detector', (left, right, skewSign) => {
    if (skewSign === 0) return left + right;
    return Math.max(skewSign < 0 ? left : right, (left + right) / 2);
  });
}
