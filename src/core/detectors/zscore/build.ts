import type { ClassicalBuildOptions, ClassicalModel } from '../classical';
import { requireRows, rowScorer } from '../classical-shared/rowScorer';
import { columnMoments, safeScale } from '../classical-shared/rows';

/**
 * max_j |x_j - mean_j| / std_j over the features. A feature constant in the training rows is
 * measured in its own units (std taken as 1, as scikit-learn's StandardScaler does), never divided by 0.
 */
export function build(_options: ClassicalBuildOptions): ClassicalModel {
  return rowScorer(
    'z-score detector',
    async (rows) => {
      requireRows(rows, 2, 'z-score detector');
      const { mean, std } = columnMoments(rows);
      return { mean, scale: std.map((s) => safeScale(s)) };
    },
    ({ mean, scale }, data, offset) => {
      let worst = 0;
      for (let c = 0; c < mean.length; c += 1) worst = Math.max(worst, Math.abs(data[offset + c] - mean[c]) / scale[c]);
      return worst;
    },
  );
}
