import * as tf from '@tensorflow/tfjs';
import { adam } from '../../engine/fusedAdam';
import type { DetectorModel, ModelBuildOptions } from '../model';
import { readVaeParams } from './params';

/** Latent samples averaged per score: enough to steady the estimate, few enough to stay cheap. */
const scoreSamples = 4;

/** KL(N(mean, exp(logVar)) || N(0, I)) per row, in nats: -1/2 sum(1 + logVar - mean^2 - exp(logVar)). Pure. */
export function klDivergence(mean: tf.Tensor2D, logVar: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => tf.sum(tf.sub(tf.add(1, logVar), tf.add(tf.square(mean), tf.exp(logVar))), 1).mul(-0.5));
}

/**
 * Negative log-likelihood of `target` per row under the decoder's output: Bernoulli on logits
 * (binary cross-entropy summed over pixels, computed stably) or a unit-variance Gaussian (half the
 * summed squared error, constants dropped). Pure.
 */
function negativeLogLikelihood(output: tf.Tensor2D, target: tf.Tensor2D, bernoulli: boolean): tf.Tensor1D {
  return tf.tidy(() => {
    if (!bernoulli) return tf.sum(tf.squaredDifference(output, target), 1).mul(0.5) as tf.Tensor1D;
    // max(l, 0) - l*t + log(1 + exp(-|l|)): no overflow for large logits.
    const perPixel = tf.add(tf.sub(tf.relu(output), tf.mul(output, target)), tf.log1p(tf.exp(tf.neg(tf.abs(output)))));
    return tf.sum(perPixel, 1) as tf.Tensor1D;
  });
}

/**
 * The part every variational autoencoder shares once its two networks are stacked: the encoder
 * maps an item to [mean | log-variance] of a Gaussian code, a code is drawn by reparameterisation
 * (mean + exp(logVar / 2) * eps), the decoder maps it back; trained by Adam on the mean of
 * reconstruction NLL + beta * KL, and scored by reconstruction error or negative ELBO averaged
 * over a few seeded draws (the same draws for every batch, so scores are reproducible).
 */
export function variationalDetector(
  encoder: tf.Sequential,
  decoder: tf.Sequential,
  options: ModelBuildOptions,
): DetectorModel {
  const { latent, seed } = options;
  // beta weighs the KL term (1 = the ELBO; above 1 a beta-VAE); vaescore picks the score.
  const { beta, vaescore } = readVaeParams(options.params);
  // Pixels in [0, 1] get a Bernoulli likelihood; standardised table values a Gaussian one.
  const bernoulli = (options.outputActivation ?? 'sigmoid') === 'sigmoid';
  const optimizer = adam(options.learningRate);
  const variables = [...encoder.trainableWeights, ...decoder.trainableWeights].map((w) => w.read() as tf.Variable);
  const encoderWeightCount = encoder.getWeights().length;
  let step = 0;

  const posterior = (batch: tf.Tensor2D, training = false) => {
    const stats = encoder.apply(batch, { training }) as tf.Tensor2D;
    const [mean, logVar] = tf.split(stats, [latent, latent], 1) as [tf.Tensor2D, tf.Tensor2D];
    return { mean, logVar };
  };
  const draw = (mean: tf.Tensor2D, logVar: tf.Tensor2D, drawSeed: number) =>
    tf.add(mean, tf.mul(tf.exp(tf.mul(logVar, 0.5)), tf.randomNormal(mean.shape, 0, 1, 'float32', drawSeed)));
  // The decoder's raw output: logits for pixels, values for tables.
  const decodeRaw = (codes: tf.Tensor, training = false) => decoder.apply(codes, { training }) as tf.Tensor2D;
  const toData = (raw: tf.Tensor2D) => (bernoulli ? tf.sigmoid(raw) : raw);

  return {
    inputSize: options.inputSize,
    latentSize: latent,
    lossTerms: ['reconstruction', 'kl'],
    trainStep(input, target = input) {
      const drawSeed = seed * 7919 + step;
      step += 1;
      const parts: tf.Scalar[] = [];
      const total = optimizer.minimize(
        () => {
          const { mean, logVar } = posterior(input, true);
          const output = decodeRaw(draw(mean, logVar, drawSeed), true);
          const reconstruction = tf.mean(negativeLogLikelihood(output, target, bernoulli)) as tf.Scalar;
          const kl = tf.mean(klDivergence(mean, logVar)) as tf.Scalar;
          // Kept past the optimiser's scope: the step reports them beside the total.
          parts.push(tf.keep(reconstruction), tf.keep(kl));
          return tf.add(reconstruction, tf.mul(kl, beta)) as tf.Scalar;
        },
        true,
        variables,
      );
      if (!total) throw new Error('optimizer returned no loss');
      const result = tf.stack([total, ...parts]);
      tf.dispose([total, ...parts]);
      return result;
    },
    score: (batch) =>
      tf.tidy(() => {
        const { mean, logVar } = posterior(batch);
        let sum: tf.Tensor1D = tf.zeros([batch.shape[0]]);
        for (let k = 0; k < scoreSamples; k += 1) {
          const output = decodeRaw(draw(mean, logVar, seed + 101 + k));
          const error =
            vaescore === 'elbo'
              ? negativeLogLikelihood(output, batch, bernoulli)
              : (tf.mean(tf.squaredDifference(toData(output), batch), 1) as tf.Tensor1D);
          sum = tf.add(sum, error);
        }
        const reconstruction = tf.div(sum, scoreSamples) as tf.Tensor1D;
        // Negative ELBO: expected NLL plus the full KL (beta = 1, whatever the training weight).
        return vaescore === 'elbo' ? tf.add(reconstruction, klDivergence(mean, logVar)) : reconstruction;
      }),
    objective: (batch) =>
      tf.tidy(() => {
        const { mean, logVar } = posterior(batch);
        const output = decodeRaw(draw(mean, logVar, seed + 97));
        return tf.add(negativeLogLikelihood(output, batch, bernoulli), tf.mul(klDivergence(mean, logVar), beta));
      }),
    reconstruct: (batch) => tf.tidy(() => toData(decodeRaw(posterior(batch).mean))),
    encode: (batch) => tf.tidy(() => posterior(batch).mean),
    decode: (codes) => tf.tidy(() => toData(decodeRaw(codes))),
    weights: () => [...encoder.getWeights(), ...decoder.getWeights()],
    restore(weights) {
      encoder.setWeights(weights.slice(0, encoderWeightCount));
      decoder.setWeights(weights.slice(encoderWeightCount));
    },
    dispose() {
      encoder.dispose();
      decoder.dispose();
      optimizer.dispose();
    },
  };
}
