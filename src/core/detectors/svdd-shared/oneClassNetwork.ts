import * as tf from '@tensorflow/tfjs';
import { adam } from '../../engine/fusedAdam';
import type { DetectorModel, ModelBuildOptions } from '../model';
import { weightsWithState } from '../networkState';
import { featureMap } from './network';

/** Centre coordinates nearer zero than this are moved out to it (a zero coordinate is trivially matched). */
const centreFloor = 0.1;
/** Keeps the inverse distance of a labelled anomaly finite (Ruff et al. 2020's epsilon). */
const distanceEpsilon = 1e-6;

/**
 * Deep SVDD / Deep SAD as one model (Ruff et al. 2018, 2020): a bias-free network maps rows into a
 * space where normal rows are pulled towards a centre fixed before training (the mean of an initial
 * forward pass); the score is the squared distance to it. With labels (Deep SAD), a labelled normal
 * row's distance and a labelled anomaly's inverse distance are added with weight `eta`: anomalies are
 * pushed away. Without labels it is Deep SVDD's objective exactly; with eta 0, labelled rows count
 * for nothing (they still count in the mean's denominator, as in the authors' code).
 */
export function oneClassNetwork(options: ModelBuildOptions, eta: number): DetectorModel {
  const network = featureMap(options);
  const optimizer = adam(options.learningRate);
  const variables = network.trainableWeights.map((w) => w.read() as tf.Variable);
  const centre = tf.tidy(() => tf.variable(tf.zeros([options.latent]), false));
  const embed = (batch: tf.Tensor2D, training = false) => network.apply(batch, { training }) as tf.Tensor2D;
  const distances = (batch: tf.Tensor2D, training = false) =>
    tf.sum(tf.squaredDifference(embed(batch, training), centre), 1) as tf.Tensor1D;

  return {
    inputSize: options.inputSize,
    latentSize: options.latent,
    async begin(fit, batchSize) {
      const count = fit.shape[0];
      let sum = tf.zeros([options.latent]);
      for (let start = 0; start < count; start += batchSize) {
        const size = Math.min(batchSize, count - start);
        const next = tf.tidy(() => sum.add(embed(fit.slice([start, 0], [size, fit.shape[1]])).sum(0)));
        sum.dispose();
        sum = next;
        // One batch at a time: a long forward pass must not hold the worker.
        await next.data();
      }
      tf.tidy(() => {
        const mean = sum.div(Math.max(count, 1));
        const floored = tf.where(
          mean.abs().less(centreFloor),
          tf.sign(mean).add(mean.equal(0).toFloat()).mul(centreFloor),
          mean,
        );
        centre.assign(floored);
      });
      sum.dispose();
    },
    trainStep(input, _target, labels) {
      const loss = optimizer.minimize(
        () => {
          const d = distances(input, true);
          if (!labels) return d.mean() as tf.Scalar;
          const unlabelled = labels.equal(0).toFloat();
          const normal = labels.greater(0).toFloat();
          const anomaly = labels.less(0).toFloat();
          const shifted = d.add(distanceEpsilon);
          return unlabelled
            .mul(d)
            .add(normal.mul(shifted).mul(eta))
            .add(anomaly.div(shifted).mul(eta))
            .mean() as tf.Scalar;
        },
        true,
        variables,
      );
      if (!loss) throw new Error('optimizer returned no loss');
      return loss;
    },
    score: (batch) => tf.tidy(() => distances(batch)),
    encode: (batch) => embed(batch),
    ...weightsWithState(network, optimizer, centre),
  };
}
