import { message } from '../messages';
import * as tf from '@tensorflow/tfjs';
import { adam } from '../engine/fusedAdam';
import type { GanModel } from '../detectors/gan-shared/gan';
import { createRandom } from '../random';
import { runSteps } from '../train/stepRunner';
import { mapInFixedBatches } from '../train/evaluate';

/**
 * Turning a trained GAN into an anomaly detector, two ways, both scoring higher = more anomalous:
 * - disc: the discriminator's disbelief, -logit D(x);
 * - encoder (f-AnoGAN, izi_f): an encoder E trained after the GAN, with G and D frozen, to map x to
 *   the z that G turns back into x; score = ||x - G(E(x))||^2 + k ||f(x) - f(G(E(x)))||^2 (means
 *   over pixels and discriminator features). One forward pass per digit, where AnoGAN's latent
 *   search needs hundreds of optimisation steps per digit for a similar AUROC (Schlegl et al. 2019).
 */
export type GanScorer = 'disc' | 'encoder';
export const ganScorers: GanScorer[] = ['disc', 'encoder'];

export function discriminatorScores(gan: GanModel, x: tf.Tensor2D, batchSize: number): Promise<Float32Array> {
  return mapInFixedBatches(x, batchSize, (batch) => tf.neg(gan.discriminatorLogits(batch)) as tf.Tensor1D);
}

export interface GanEncoder {
  /** The network itself, for export as a TensorFlow.js model. */
  network: tf.LayersModel;
  encode(x: tf.Tensor2D): tf.Tensor2D;
  /** The network's weights (the encoder keeps ownership), for a project file. */
  weights(): tf.Tensor[];
  /** Overwrites the weights with copies of the given tensors (a saved encoder). */
  restore(weights: tf.Tensor[]): void;
  dispose(): void;
}

/** The encoder E: the discriminator's shape mirrored, x -> z. Untrained; `trainEncoder` or `restore` teach it. */
export function buildEncoder(gan: GanModel, seed: number): GanEncoder {
  const init = (k: number) => tf.initializers.glorotUniform({ seed: seed + 100 + k });
  const network = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [gan.inputSize], units: 256, kernelInitializer: init(1) }),
      tf.layers.leakyReLU({ alpha: 0.2 }),
      tf.layers.dense({ units: 128, kernelInitializer: init(2) }),
      tf.layers.leakyReLU({ alpha: 0.2 }),
      tf.layers.dense({ units: gan.latentSize, kernelInitializer: init(3) }),
    ],
  });
  return {
    network,
    encode: (x) => network.apply(x) as tf.Tensor2D,
    weights: () => network.getWeights(),
    restore: (weights) => network.setWeights(weights),
    dispose: () => network.dispose(),
  };
}

export interface EncoderOptions {
  steps: number;
  batchSize: number;
  learningRate: number;
  seed: number;
  /** Weight k of the discriminator-feature residual. */
  featureWeight: number;
}

function encoderLoss(
  gan: GanModel,
  encode: (x: tf.Tensor2D) => tf.Tensor2D,
  x: tf.Tensor2D,
  featureWeight: number,
): tf.Tensor1D {
  const reconstruction = gan.generate(encode(x));
  const pixels = tf.mean(tf.squaredDifference(x, reconstruction), 1);
  const features = tf.mean(
    tf.squaredDifference(gan.discriminatorFeatures(x), gan.discriminatorFeatures(reconstruction)),
    1,
  );
  return tf.add(pixels, tf.mul(features, featureWeight)) as tf.Tensor1D;
}

/**
 * Trains E on the GAN's training digits with the shared step runner; only E's weights move. A
 * round every 50 steps reports progress and checkpoints E; a non-finite loss rolls E back to its
 * last round and ends its training (the scores then come from those weights).
 */
export async function trainEncoder(
  gan: GanModel,
  fit: tf.Tensor2D,
  options: EncoderOptions,
  hooks: { onProgress?(step: number): void; shouldStop?(): boolean } = {},
): Promise<GanEncoder> {
  const encoder = buildEncoder(gan, options.seed);
  const { network, encode } = encoder;
  const optimizer = adam(options.learningRate);
  const variables = network.trainableWeights.map((w) => w.read() as tf.Variable);
  const count = fit.shape[0];
  const batchSize = Math.min(options.batchSize, count);
  const random = createRandom(options.seed ^ 0xe5c);
  await runSteps({
    model: { weights: () => network.getWeights(), restore: (weights) => network.setWeights(weights) },
    endStep: options.steps,
    control: { shouldStop: hooks.shouldStop ?? (() => false), waitWhilePaused: async () => {} },
    divergedMessage: message('train.encoderDiverged'),
    step() {
      const indices = tf.tensor1d(
        Int32Array.from({ length: batchSize }, () => Math.floor(random() * count)),
        'int32',
      );
      const batch = tf.gather(fit, indices) as tf.Tensor2D;
      const loss = optimizer.minimize(
        () => tf.mean(encoderLoss(gan, encode, batch, options.featureWeight)) as tf.Scalar,
        true,
        variables,
      );
      if (!loss) throw new Error('the encoder step produced no loss');
      return loss;
    },
    isRoundEnd: (stepsDone) => stepsDone % 50 === 0,
    onRound: (stepsDone) => hooks.onProgress?.(stepsDone),
  });
  optimizer.dispose();
  return encoder;
}

export function encoderScores(
  gan: GanModel,
  encoder: GanEncoder,
  x: tf.Tensor2D,
  batchSize: number,
  featureWeight: number,
): Promise<Float32Array> {
  return mapInFixedBatches(x, batchSize, (batch) => encoderLoss(gan, encoder.encode, batch, featureWeight));
}
