import * as tf from '@tensorflow/tfjs';
import type { ClassicalBuildOptions, ClassicalModel } from '../classical';
import { exactWidth } from '../classical-shared/exact';
import { cholesky, inverseQuadraticForm, invertLower, transposeSquare } from '../classical-shared/linalg';
import { requireRows } from '../classical-shared/rowScorer';
import { rowsOf } from '../classical-shared/rows';
import { ledoitWolf } from './ledoitWolf';

interface Fitted {
  mean: Float64Array;
  /** Lower Cholesky factor of the shrunk covariance. */
  factor: Float64Array;
  /** Wide data: L⁻¹ (whitening) and the mean as tensors, for scoring on the backend. */
  whitening: { transform: tf.Tensor2D; mean: tf.Tensor1D } | null;
}

/** (x - mean)ᵀ Σ⁻¹ (x - mean), Σ the Ledoit-Wolf covariance (scikit-learn's LedoitWolf().mahalanobis). */
export function build(_options: ClassicalBuildOptions): ClassicalModel {
  let fitted: Fitted | null = null;
  const release = () => {
    if (fitted?.whitening) tf.dispose([fitted.whitening.transform, fitted.whitening.mean]);
    fitted = null;
  };
  return {
    async fit(x, control) {
      release();
      const rows = await rowsOf(x);
      requireRows(rows, 2, 'Mahalanobis detector');
      const { mean, covariance } = ledoitWolf(rows);
      const factor = cholesky(covariance, rows.width);
      if (!factor) {
        throw new Error(
          'Every training row is the same, so there is no spread to measure distances by: the Mahalanobis ' +
            'detector needs rows that vary.',
        );
      }
      fitted = fittedFrom(mean, factor);
      await control.progress(1);
    },
    async score(x) {
      if (!fitted) throw new Error('Fit the Mahalanobis detector before scoring.');
      const { mean, factor, whitening } = fitted;
      if (whitening) {
        const scores = tf.tidy(() => tf.sum(tf.square(tf.matMul(tf.sub(x, whitening.mean), whitening.transform)), 1));
        const values = (await scores.data()) as Float32Array;
        scores.dispose();
        return values;
      }
      const { data, count, width } = await rowsOf(x);
      const centred = new Float64Array(width);
      const scratch = new Float64Array(width);
      return Float32Array.from({ length: count }, (_, r) => {
        for (let c = 0; c < width; c += 1) centred[c] = data[r * width + c] - mean[c];
        return inverseQuadraticForm(factor, width, centred, scratch);
      });
    },
    async save() {
      if (!fitted) throw new Error('Fit the Mahalanobis detector before saving it.');
      return { mean: fitted.mean, factor: fitted.factor };
    },
    load(saved) {
      release();
      const { mean, factor } = saved as { mean: Float64Array; factor: Float64Array };
      fitted = fittedFrom(mean, factor);
    },
    dispose: release,
  };
}

/** The fitted detector from its float64 mean and Cholesky factor (a fit, or a saved state). */
function fittedFrom(mean: Float64Array, factor: Float64Array): Fitted {
  const width = mean.length;
  const whitening =
    width > exactWidth
      ? {
          // (L⁻¹)ᵀ, so a row times it is (L⁻¹ x)ᵀ without a transposed matMul (slow on WASM).
          transform: tf.tensor2d(transposeSquare(invertLower(factor, width), width), [width, width]),
          mean: tf.tensor1d(Float32Array.from(mean)),
        }
      : null;
  return { mean, factor, whitening };
}
