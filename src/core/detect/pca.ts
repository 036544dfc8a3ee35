import * as tf from '@tensorflow/tfjs';

/**
 * Principal component analysis as a classical anomaly detector: fit the top-k principal
 * directions of the training rows, score a row by its mean squared residual outside them.
 * The like-for-like baseline for an autoencoder with a k-dimensional code.
 */
export interface PcaDetector {
  mean: tf.Tensor1D;
  /** d x k, orthonormal columns. */
  components: tf.Tensor2D;
  dispose(): void;
}

/** Top-k eigenvectors of the covariance by subspace (orthogonal) iteration with QR. */
export function fitPca(x: tf.Tensor2D, k: number, options: { iterations?: number; seed?: number } = {}): PcaDetector {
  const iterations = options.iterations ?? 40;
  const [rows, dims] = x.shape;
  const components = Math.min(k, dims, rows);
  const [mean, basis] = tf.tidy(() => {
    const mean = tf.mean(x, 0) as tf.Tensor1D;
    const centred = tf.sub(x, mean);
    const covariance = tf.matMul(centred, centred, true, false).div(Math.max(rows - 1, 1)) as tf.Tensor2D;
    let basis = tf.linalg.qr(tf.randomNormal([dims, components], 0, 1, 'float32', options.seed ?? 1))[0] as tf.Tensor2D;
    for (let i = 0; i < iterations; i += 1) {
      const next = tf.linalg.qr(tf.matMul(covariance, basis))[0] as tf.Tensor2D;
      basis.dispose();
      basis = next;
    }
    return [mean, basis];
  });
  return {
    mean,
    components: basis,
    dispose() {
      tf.dispose([mean, basis]);
    },
  };
}

/** Each row's projection onto the principal subspace, in the data's coordinates. */
export function pcaReconstruct(detector: PcaDetector, x: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const centred = tf.sub(x, detector.mean) as tf.Tensor2D;
    const codes = tf.matMul(centred, detector.components);
    return tf.add(tf.matMul(codes, detector.components, false, true), detector.mean) as tf.Tensor2D;
  });
}

/** Mean squared residual of each row after projecting onto the principal subspace. */
export function pcaScores(detector: PcaDetector, x: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => {
    const centred = tf.sub(x, detector.mean) as tf.Tensor2D;
    const projected = tf.matMul(tf.matMul(centred, detector.components), detector.components, false, true);
    return tf.mean(tf.squaredDifference(centred, projected), 1) as tf.Tensor1D;
  });
}
