import * as tf from '@tensorflow/tfjs';
import { fitPca, pcaReconstruct, pcaScores, type PcaDetector } from '../../detect/pca';
import type { ClassicalBuildOptions, ClassicalModel } from '../classical';
import type { PlainData } from '../../project/plainData';
import { exactWidth } from '../classical-shared/exact';
import { covariance, symmetricEigen } from '../classical-shared/linalg';
import { columnMoments, rowsOf } from '../classical-shared/rows';

/** The components a fit on `rows` x `features` keeps: as asked, below the rank that makes every residual 0. */
export function usableComponents(requested: number, rows: number, features: number): number {
  return Math.max(1, Math.min(Math.round(requested), features - 1, rows - 1));
}

/**
 * Up to `exactWidth` features: the covariance's eigenvectors in float64 (Jacobi), the same
 * subspace scikit-learn's PCA finds; wider data (images): the top-k subspace by orthogonal iteration
 * on the active backend. Either way a tfjs mean and basis score and reconstruct.
 */
async function fitSubspace(x: tf.Tensor2D, most: number, share: number, seed: number): Promise<Fitted> {
  const [, width] = x.shape;
  if (width > exactWidth) return { tensors: await keepShare(await fitPca(x, most, { seed }), x, share), exact: null };
  const rows = await rowsOf(x);
  const { mean } = columnMoments(rows);
  const { values, vectors } = symmetricEigen(covariance(rows.data, rows.count, width, mean), width);
  const k = componentsFor(
    values,
    most,
    share,
    values.reduce((sum, v) => sum + Math.max(v, 0), 0),
  );
  const basis = new Float64Array(width * k);
  for (let i = 0; i < width; i += 1) for (let j = 0; j < k; j += 1) basis[i * k + j] = vectors[i * width + j];
  const exact = { mean, basis, k };
  return { tensors: exactTensors(exact), exact };
}

/** The float64 fit's mean and basis as backend tensors (for reconstructions). */
function exactTensors({ mean, basis, k }: NonNullable<Fitted['exact']>): PcaDetector {
  const meanTensor = tf.tensor1d(Float32Array.from(mean));
  const components = tf.tensor2d(Float32Array.from(basis), [mean.length, k]);
  return { mean: meanTensor, components, dispose: () => tf.dispose([meanTensor, components]) };
}

/** The fewest leading components (at most `most`) whose variances reach `share` of `total`; `most` when share is 0. */
function componentsFor(variances: ArrayLike<number>, most: number, share: number, total: number): number {
  if (!(share > 0) || !(total > 0)) return most;
  let sum = 0;
  for (let k = 0; k < most; k += 1) {
    sum += Math.max(variances[k], 0);
    if (sum >= share * total) return k + 1;
  }
  return most;
}

/**
 * Wide data: the backend's top-`most` basis trimmed to the components that reach the variance
 * share, ordered by the variance of the training rows along each (orthogonal iteration leaves
 * them unordered).
 */
async function keepShare(pca: PcaDetector, x: tf.Tensor2D, share: number): Promise<PcaDetector> {
  if (!(share > 0)) return pca;
  const [alongTensor, totalTensor] = tf.tidy(() => {
    const centred = tf.sub(x, pca.mean);
    return [tf.moments(tf.matMul(centred, pca.components), 0).variance, tf.sum(tf.moments(x, 0).variance)];
  });
  const along = await alongTensor.data();
  const total = (await totalTensor.data())[0];
  tf.dispose([alongTensor, totalTensor]);
  const order = Array.from(along.keys()).sort((a, b) => along[b] - along[a]);
  const k = componentsFor(
    order.map((i) => along[i]),
    order.length,
    share,
    total,
  );
  const mean = tf.clone(pca.mean);
  const components = tf.tidy(() => tf.gather(pca.components, order.slice(0, k), 1) as tf.Tensor2D);
  pca.dispose();
  return { mean, components, dispose: () => tf.dispose([mean, components]) };
}

interface Fitted {
  /** For reconstructions (and scores of wide data) on the backend. */
  tensors: PcaDetector;
  /** Narrow data: the float64 mean and d x k basis the scores are computed from. */
  exact: { mean: Float64Array; basis: Float64Array; k: number } | null;
}

/** Mean squared residual of each row outside the subspace, in float64. */
function exactScores(fit: NonNullable<Fitted['exact']>, data: Float64Array, count: number): Float32Array {
  const { mean, basis, k } = fit;
  const width = mean.length;
  const centred = new Float64Array(width);
  const codes = new Float64Array(k);
  return Float32Array.from({ length: count }, (_, r) => {
    for (let c = 0; c < width; c += 1) centred[c] = data[r * width + c] - mean[c];
    codes.fill(0);
    for (let c = 0; c < width; c += 1) for (let j = 0; j < k; j += 1) codes[j] += centred[c] * basis[c * k + j];
    let sum = 0;
    for (let c = 0; c < width; c += 1) {
      let projected = 0;
      for (let j = 0; j < k; j += 1) projected += basis[c * k + j] * codes[j];
      sum += (centred[c] - projected) ** 2;
    }
    return sum / width;
  });
}

export function build(options: ClassicalBuildOptions): ClassicalModel {
  const requested = typeof options.params?.components === 'number' ? options.params.components : 32;
  const share = typeof options.params?.variance === 'number' ? options.params.variance : 0;
  let fitted: Fitted | null = null;
  return {
    async fit(x, control) {
      fitted?.tensors.dispose();
      fitted = null;
      const [rows, features] = x.shape;
      fitted = await fitSubspace(x, usableComponents(requested, rows, features), share, options.seed);
      await control.progress(1);
    },
    async score(x) {
      if (!fitted) throw new Error('Fit the PCA detector before scoring.');
      if (fitted.exact) return exactScores(fitted.exact, (await rowsOf(x)).data, x.shape[0]);
      const scores = pcaScores(fitted.tensors, x);
      const values = (await scores.data()) as Float32Array;
      scores.dispose();
      return values;
    },
    reconstruct(x) {
      if (!fitted) throw new Error('Fit the PCA detector before reconstructing.');
      return pcaReconstruct(fitted.tensors, x);
    },
    async save() {
      if (!fitted) throw new Error('Fit the PCA detector before saving it.');
      if (fitted.exact) return { exact: fitted.exact } as PlainData;
      const { mean, components } = fitted.tensors;
      return {
        mean: (await mean.data()) as Float32Array,
        components: (await components.data()) as Float32Array,
        shape: [...components.shape],
      };
    },
    load(saved) {
      fitted?.tensors.dispose();
      const state = saved as { exact?: NonNullable<Fitted['exact']>; mean?: Float32Array; components?: Float32Array };
      if (state.exact) {
        fitted = { tensors: exactTensors(state.exact), exact: state.exact };
        return;
      }
      const shape = (saved as { shape: [number, number] }).shape;
      const mean = tf.tensor1d(state.mean!);
      const components = tf.tensor2d(state.components!, shape);
      fitted = { tensors: { mean, components, dispose: () => tf.dispose([mean, components]) }, exact: null };
    },
    dispose() {
      fitted?.tensors.dispose();
      fitted = null;
    },
  };
}
