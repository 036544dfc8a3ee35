import * as tf from '@tensorflow/tfjs';
import { adam } from '../../engine/fusedAdam';
import { classifierNetwork } from '../classifierNetwork';
import type { DetectorModel, ModelBuildOptions } from '../model';
import { weightsWithState } from '../networkState';

/**
 * A binary classifier as a detector: rows labelled anomalous (-1) are the positive class, every other
 * row the negative one; each class weighs half of the loss whatever its size (a few labelled anomalies
 * among thousands of rows would otherwise teach it to say "normal" always). Score: P(anomaly).
 */
export function buildClassifier(options: ModelBuildOptions): DetectorModel {
  const network = classifierNetwork(options, 1);
  const optimizer = adam(options.learningRate);
  const variables = network.trainableWeights.map((w) => w.read() as tf.Variable);
  // [normal, anomaly] class weights, fixed by begin() from the training labels (kept in the checkpoint).
  const classWeights = tf.tidy(() => tf.variable(tf.tensor1d([1, 1]), false));
  const logits = (batch: tf.Tensor2D, training = false) =>
    (network.apply(batch, { training }) as tf.Tensor2D).reshape([-1]) as tf.Tensor1D;

  return {
    inputSize: options.inputSize,
    async begin(_fit, _batch, labels) {
      const count = labels?.length ?? 0;
      const anomalies = labels ? labels.reduce((n, y) => n + (y < 0 ? 1 : 0), 0) : 0;
      if (!count || !anomalies || anomalies === count) return;
      tf.tidy(() => classWeights.assign(tf.tensor1d([count / (2 * (count - anomalies)), count / (2 * anomalies)])));
    },
    trainStep(input, _target, labels) {
      const loss = optimizer.minimize(
        () => {
          const z = logits(input, true);
          const target = labels ? labels.less(0).toFloat() : tf.zerosLike(z);
          // Binary cross-entropy on logits, written the stable way: max(z, 0) - z t + log(1 + e^-|z|).
          const crossEntropy = tf
            .relu(z)
            .sub(z.mul(target))
            .add(tf.log1p(tf.exp(z.abs().neg())));
          const [normalWeight, anomalyWeight] = tf.unstack(classWeights);
          const weights = target.mul(anomalyWeight).add(tf.scalar(1).sub(target).mul(normalWeight));
          return crossEntropy.mul(weights).mean() as tf.Scalar;
        },
        true,
        variables,
      );
      if (!loss) throw new Error('optimizer returned no loss');
      return loss;
    },
    score: (batch) => tf.tidy(() => tf.sigmoid(logits(batch))),
    ...weightsWithState(network, optimizer, classWeights),
  };
}

/** The builder the worker loads for this detector (builders.ts finds it by folder). */
export const build = buildClassifier;
