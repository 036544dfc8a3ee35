import * as tf from '@tensorflow/tfjs';
import { adam } from '../../engine/fusedAdam';
import type { DetectorModel } from '../model';

/** A fixed set of transformations a self-supervised detector learns to tell apart. */
export interface TransformSet {
  count: number;
  /** Row i of `batch` under transformation `ids[i]` (pure: call inside tf.tidy). */
  apply(batch: tf.Tensor2D, ids: tf.Tensor1D): tf.Tensor2D;
  dispose(): void;
}

/**
 * Self-supervision by transformations (Golan & El-Yaniv 2018; Bergman & Hoshen 2020): a network
 * learns which of a fixed set of transformations was applied to a normal row. Each training row is
 * shown under one transformation, cycling through them from step to step (fixed shapes, every
 * transformation equally often). A row the network cannot read the transformations of is unlike
 * the training rows: the score is the mean over the transformations of -log p(the right one).
 */
export function transformClassifier(
  network: tf.Sequential,
  transforms: TransformSet,
  options: { inputSize: number; learningRate: number },
): DetectorModel {
  const optimizer = adam(options.learningRate);
  const variables = network.trainableWeights.map((w) => w.read() as tf.Variable);
  const count = transforms.count;
  let stepsTaken = 0;

  const logProbabilityOf = (batch: tf.Tensor2D, ids: tf.Tensor1D) => {
    const logits = network.apply(transforms.apply(batch, ids)) as tf.Tensor2D;
    return tf.sum(tf.logSoftmax(logits).mul(tf.oneHot(ids.toInt(), count)), 1) as tf.Tensor1D;
  };

  return {
    inputSize: options.inputSize,
    trainStep(input) {
      const rows = input.shape[0];
      const first = (stepsTaken * rows) % count;
      stepsTaken += 1;
      const ids = tf.tensor1d(
        Int32Array.from({ length: rows }, (_, i) => (first + i) % count),
        'int32',
      );
      const loss = optimizer.minimize(
        () => {
          const logits = network.apply(transforms.apply(input, ids), { training: true }) as tf.Tensor2D;
          return tf.losses.softmaxCrossEntropy(tf.oneHot(ids, count), logits) as tf.Scalar;
        },
        true,
        variables,
      );
      ids.dispose();
      if (!loss) throw new Error('optimizer returned no loss');
      return loss;
    },
    score: (batch) =>
      tf.tidy(() => {
        let total = tf.zeros([batch.shape[0]]) as tf.Tensor1D;
        for (let k = 0; k < count; k += 1) {
          const ids = tf.fill([batch.shape[0]], k, 'int32') as tf.Tensor1D;
          total = total.sub(logProbabilityOf(batch, ids));
        }
        return total.div(count) as tf.Tensor1D;
      }),
    weights: () => network.getWeights(),
    restore: (weights) => network.setWeights(weights),
    dispose() {
      network.dispose();
      optimizer.dispose();
      transforms.dispose();
    },
  };
}
