import type { ClassicalBuildOptions, ClassicalModel } from '../classical';
import { numberParam, requireRows, rowScorer } from '../classical-shared/rowScorer';
import { columnMoments, columnPercentile, safeScale } from '../classical-shared/rows';

/**
 * Per feature, the fences Q1 - k·IQR and Q3 + k·IQR of the training rows; a row's score is the
 * largest signed distance past a fence, in units of that feature's IQR: above 0 means outside a
 * fence (the box-plot rule), below 0 says how much room was left. A feature whose IQR is 0 is
 * measured in stds, or in its own units when constant.
 */
export function build(options: ClassicalBuildOptions): ClassicalModel {
  const k = numberParam(options.params, 'iqrk', 1.5);
  return rowScorer(
    'IQR detector',
    async (rows) => {
      requireRows(rows, 2, 'IQR detector');
      const q1 = columnPercentile(rows, 25);
      const q3 = columnPercentile(rows, 75);
      const { std } = columnMoments(rows);
      const iqr = q3.map((q, c) => q - q1[c]);
      return {
        low: q1.map((q, c) => q - k * iqr[c]),
        high: q3.map((q, c) => q + k * iqr[c]),
        scale: iqr.map((v, c) => safeScale(v, std[c])),
      };
    },
    ({ low, high, scale }, data, offset) => {
      let worst = -Infinity;
      for (let c = 0; c < low.length; c += 1) {
        const x = data[offset + c];
        worst = Math.max(worst, (low[c] - x) / scale[c], (x - high[c]) / scale[c]);
      }
      return worst;
    },
  );
}
