import type { ClassicalBuildOptions, ClassicalModel } from '../classical';
import { numberParam, requireRows, rowScorer } from '../classical-shared/rowScorer';
import { fitHistograms, heightOf } from './histograms';

/** Added to every height before the log, so an empty bin costs log2(1 / 0.1) = 3.3 bits, not infinity (PyOD's alpha). */
const regulariser = 0.1;
/** How far past the training range, in bin widths, a value still counts in the edge bin (PyOD's tol). */
const rangeTolerance = 0.5;

/**
 * HBOS (Goldstein and Dengel, "Histogram-based Outlier Score (HBOS): A fast Unsupervised Anomaly
 * Detection Algorithm", KI 2012): one histogram per column with static bins, heights normalised to
 * a tallest bin of 1, and a row's score sum_j log2(1 / (height_j + 0.1)): high where its values sit
 * in thin bins of several columns. Columns are taken as independent, which makes it fast.
 */
export function build(options: ClassicalBuildOptions): ClassicalModel {
  const bins = Math.max(2, Math.round(numberParam(options.params, 'bins', 10)));
  return rowScorer(
    'HBOS detector',
    async (rows) => {
      requireRows(rows, 2, 'HBOS detector');
      return fitHistograms(rows, bins);
    },
    (histograms, data, offset) => {
      let sum = 0;
      for (let c = 0; c < histograms.width; c += 1) {
        sum -= Math.log2(heightOf(histograms, c, data[offset + c], rangeTolerance) + regulariser);
      }
      return sum;
    },
  );
}
