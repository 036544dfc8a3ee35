import type { ClassicalBuildOptions, ClassicalModel } from '../classical';
import { tailDetector } from './tailDetector';

/**
 * ECOD (Li, Zhao, Hu, Botta, Ionescu and Chen, "ECOD: Unsupervised Outlier Detection Using
 * Empirical Cumulative Distribution Functions", TKDE 2022): each column's share is the larger of
 * its two tail scores, and where the column has no skew both tails count, as the authors' own
 * implementation (PyOD's ECOD) combines them: max(left, right, skew-chosen tail), with the
 * skew-chosen tail being left + right for a column of skewness 0. Parameter-free.
 */
export function build(_options: ClassicalBuildOptions): ClassicalModel {
  return tailDetector('ECOD detector', (left, right, skewSign) =>
    skewSign === 0 ? left + right : Math.max(left, right),
  );
}
