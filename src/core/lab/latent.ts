import * as tf from '@tensorflow/tfjs';
import { fitPca } from '../detect/pca';

/** Test items placed in two dimensions by their latent codes, for the latent-space scatter. */
export interface LatentView {
  /** x, y per point. */
  points: Float32Array;
  /** Position in the test set of each point. */
  rows: Int32Array;
  /** 'code' when the latent space is 2-D itself, else 'principal' (the codes' top two principal directions). */
  axes: 'code' | 'principal';
  /** How a code becomes a point, so an item scored later lands on the same axes (the probe). */
  projection: LatentProjection;
}

/** A code's place in the scatter: (code - mean) . components, or the code itself padded to 2-D. */
export interface LatentProjection {
  /** Width of a code. */
  width: number;
  /** Mean code and the two directions (width x 2, row-major); null where the codes are the axes. */
  mean: Float32Array | null;
  components: Float32Array | null;
}

/** Places one latent code on the scatter's axes. */
export function projectCode(code: ArrayLike<number>, projection: LatentProjection): [number, number] {
  const { width, mean, components } = projection;
  if (!mean || !components) return [code[0] ?? 0, width > 1 ? code[1] : 0];
  let x = 0;
  let y = 0;
  for (let i = 0; i < width; i += 1) {
    const centred = code[i] - mean[i];
    x += centred * components[2 * i];
    y += centred * components[2 * i + 1];
  }
  return [x, y];
}

/**
 * Which test items to draw: every anomaly would bury ~200 normals under ~9,000 points, so the
 * normals come first (up to half) and the anomalies fill the rest, evenly spaced.
 */
export function latentSampleRows(isAnomaly: Uint8Array, maxPoints: number): Int32Array {
  const normals: number[] = [];
  const anomalies: number[] = [];
  isAnomaly.forEach((flag, row) => (flag ? anomalies : normals).push(row));
  const takeNormals = Math.min(normals.length, Math.max(maxPoints - anomalies.length, Math.floor(maxPoints / 2)));
  const takeAnomalies = Math.min(anomalies.length, maxPoints - takeNormals);
  const spaced = (list: number[], n: number) =>
    Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]);
  return Int32Array.from([...spaced(normals, takeNormals), ...spaced(anomalies, takeAnomalies)]);
}

/** Codes of the chosen test rows, projected to 2-D when the latent space is wider. */
export async function latentView(
  model: { encode?(batch: tf.Tensor2D): tf.Tensor2D },
  test: tf.Tensor2D,
  isAnomaly: Uint8Array,
  options: { maxPoints: number; batch: number; seed: number },
): Promise<LatentView | null> {
  if (!model.encode || test.shape[0] === 0) return null;
  const encode = model.encode.bind(model);
  const rows = latentSampleRows(isAnomaly, options.maxPoints);
  const chunks: tf.Tensor2D[] = [];
  for (let start = 0; start < rows.length; start += options.batch) {
    const part = rows.subarray(start, start + options.batch);
    chunks.push(tf.tidy(() => encode(tf.gather(test, tf.tensor1d(part, 'int32')) as tf.Tensor2D)));
  }
  const codes = tf.concat(chunks) as tf.Tensor2D;
  tf.dispose(chunks);
  let projected: tf.Tensor2D;
  let axes: LatentView['axes'] = 'code';
  const projection: LatentProjection = { width: codes.shape[1], mean: null, components: null };
  if (codes.shape[1] <= 2)
    projected = codes.shape[1] === 2 ? codes.clone() : tf.tidy(() => tf.concat([codes, tf.zerosLike(codes)], 1));
  else {
    const pca = await fitPca(codes, 2, { seed: options.seed });
    projected = tf.tidy(() => tf.matMul(tf.sub(codes, pca.mean), pca.components) as tf.Tensor2D);
    projection.mean = (await pca.mean.data()) as Float32Array;
    projection.components = (await pca.components.data()) as Float32Array;
    pca.dispose();
    axes = 'principal';
  }
  codes.dispose();
  const points = (await projected.data()) as Float32Array;
  projected.dispose();
  return { points, rows, axes, projection };
}
