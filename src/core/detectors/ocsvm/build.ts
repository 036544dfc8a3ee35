import * as tf from '@tensorflow/tfjs';
import { createRandom, shuffleInPlace } from '../../random';
import type { ClassicalBuildOptions, ClassicalModel } from '../classical';
import { numberParam, requireRows } from '../classical-shared/rowScorer';
import { rowsOf } from '../classical-shared/rows';
import { solveOneClass } from './smo';

/**
 * Training rows solved exactly; a larger training set is a seeded sample of this many rows (the
 * kernel matrix grows with its square: 2,000 rows is 32 MB of float64). The README says so.
 */
export const maxExactRows = 2000;

/** gamma = 'scale': 1 / (features x variance of every value), as scikit-learn defines it (1 when constant). */
export function scaleGamma(data: Float64Array, width: number): number {
  let mean = 0;
  for (const v of data) mean += v;
  mean /= data.length;
  let variance = 0;
  for (const v of data) variance += (v - mean) ** 2;
  variance /= data.length;
  return variance > 0 ? 1 / (width * variance) : 1;
}

/**
 * exp(-gamma |a - b|²) for every row pair, on the active backend; `bColumns` is bᵀ, kept by the
 * caller (a transposed matMul runs ~25x slower on WASM than one on a transposed copy).
 */
function rbfKernel(a: tf.Tensor2D, bColumns: tf.Tensor2D, gamma: number): tf.Tensor2D {
  return tf.tidy(() => {
    const squared = tf.add(tf.sum(tf.square(a), 1, true), tf.sum(tf.square(bColumns), 0, true));
    const distances = tf.relu(tf.sub(squared, tf.mul(2, tf.matMul(a, bColumns))));
    return tf.exp(tf.mul(-gamma, distances)) as tf.Tensor2D;
  });
}

interface Fitted {
  /** The support vectors as columns (features x vectors). */
  supportColumns: tf.Tensor2D;
  /** α of each support vector, as a column. */
  weights: tf.Tensor2D;
  gamma: number;
  rho: number;
}

/** Score = ρ - Σ α_i K(x_i, x): scikit-learn's decision_function, negated (higher = more anomalous). */
export function build(options: ClassicalBuildOptions): ClassicalModel {
  const nu = Math.min(Math.max(numberParam(options.params, 'nu', 0.5), 1e-3), 1);
  let fitted: Fitted | null = null;
  const release = () => {
    if (fitted) tf.dispose([fitted.supportColumns, fitted.weights]);
    fitted = null;
  };
  return {
    async fit(x, control) {
      release();
      const all = await rowsOf(x);
      requireRows(all, 2, 'One-Class SVM');
      const width = all.width;
      const keep =
        all.count > maxExactRows
          ? Int32Array.from(
              shuffleInPlace(
                Array.from({ length: all.count }, (_, i) => i),
                createRandom(options.seed),
              ),
            )
              .subarray(0, maxExactRows)
              .sort()
          : null;
      const train = keep ? tf.gather(x, keep) : tf.clone(x);
      const data = keep ? (await train.data()).map((v) => v) : all.data;
      const gamma = scaleGamma(Float64Array.from(data), width);
      const n = train.shape[0];
      const trainColumns = tf.transpose(train);
      const kernel = rbfKernel(train, trainColumns, gamma);
      trainColumns.dispose();
      const q = Float64Array.from(await kernel.data());
      kernel.dispose();
      const solution = await solveOneClass(q, n, nu, {
        onProgress: (iterations) => control.progress(Math.min(0.95, iterations / (50 * n))),
      });
      if (!solution) return void train.dispose();
      const support = Int32Array.from(Array.from(solution.alpha.keys()).filter((i) => solution.alpha[i] > 0));
      const supportColumns = tf.tidy(() => tf.transpose(tf.gather(train, support)) as tf.Tensor2D);
      const weights = tf.tensor2d(
        Float32Array.from(support, (i) => solution.alpha[i]),
        [support.length, 1],
      );
      train.dispose();
      fitted = { supportColumns, weights, gamma, rho: solution.rho };
      await control.progress(1);
    },
    async score(x) {
      const model = fitted;
      if (!model) throw new Error('Fit the One-Class SVM before scoring.');
      const scores = tf.tidy(() =>
        tf.sub(model.rho, tf.matMul(rbfKernel(x, model.supportColumns, model.gamma), model.weights).squeeze([1])),
      );
      const values = (await scores.data()) as Float32Array;
      scores.dispose();
      return values;
    },
    async save() {
      if (!fitted) throw new Error('Fit the One-Class SVM before saving it.');
      const { supportColumns, weights, gamma, rho } = fitted;
      return {
        supportColumns: (await supportColumns.data()) as Float32Array,
        shape: [...supportColumns.shape],
        weights: (await weights.data()) as Float32Array,
        gamma,
        rho,
      };
    },
    load(saved) {
      release();
      const state = saved as { supportColumns: Float32Array; shape: number[]; weights: Float32Array } & {
        gamma: number;
        rho: number;
      };
      fitted = {
        supportColumns: tf.tensor2d(state.supportColumns, state.shape as [number, number]),
        weights: tf.tensor2d(state.weights, [state.weights.length, 1]),
        gamma: state.gamma,
        rho: state.rho,
      };
    },
    dispose: release,
  };
}
