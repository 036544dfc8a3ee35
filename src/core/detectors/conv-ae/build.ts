import * as tf from '@tensorflow/tfjs';
import type { DetectorModel, ModelBuildOptions } from '../model';

/** Filters of the two stride-2 convolutions (the decoder mirrors them). Small, so CPUs cope. */
const filters = [16, 32] as const;

/**
 * A convolutional autoencoder for square images whose side is a multiple of 4 (MNIST: 28):
 * two stride-2 3x3 convolutions (side -> side/4), a dense code of `latent` units, and the mirror
 * image with transposed convolutions; scored by per-sample mean squared reconstruction error.
 */
export function buildConvAutoencoder(options: ModelBuildOptions): DetectorModel {
  const { inputSize, latent, learningRate, seed } = options;
  const side = Math.round(Math.sqrt(inputSize));
  if (side * side !== inputSize || side % 4 !== 0) {
    throw new Error(
      `The convolutional autoencoder needs square images with a side divisible by 4; got ${inputSize} inputs.`,
    );
  }
  const quarter = side / 4;
  const init = (k: number) => tf.initializers.heNormal({ seed: seed + k });
  const activation = options.activation;
  const network = tf.sequential({
    layers: [
      tf.layers.reshape({ inputShape: [inputSize], targetShape: [side, side, 1] }),
      tf.layers.conv2d({
        filters: filters[0],
        kernelSize: 3,
        strides: 2,
        padding: 'same',
        activation,
        kernelInitializer: init(1),
      }),
      tf.layers.conv2d({
        filters: filters[1],
        kernelSize: 3,
        strides: 2,
        padding: 'same',
        activation,
        kernelInitializer: init(2),
      }),
      tf.layers.flatten(),
      tf.layers.dense({ units: latent, kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 3 }) }),
      tf.layers.dense({ units: quarter * quarter * filters[1], activation, kernelInitializer: init(4) }),
      tf.layers.reshape({ targetShape: [quarter, quarter, filters[1]] }),
      tf.layers.conv2dTranspose({
        filters: filters[0],
        kernelSize: 3,
        strides: 2,
        padding: 'same',
        activation,
        kernelInitializer: init(5),
      }),
      tf.layers.conv2dTranspose({
        filters: 1,
        kernelSize: 3,
        strides: 2,
        padding: 'same',
        activation: options.outputActivation ?? 'sigmoid',
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 6 }),
      }),
      tf.layers.flatten(),
    ],
  });
  const optimizer = tf.train.adam(learningRate);
  const variables = network.trainableWeights.map((w) => w.read() as tf.Variable);
  const reconstruct = (batch: tf.Tensor2D) => network.apply(batch) as tf.Tensor2D;
  // Reshape, two convolutions, flatten, the dense code: the encoder half of the same layers.
  const encoderLayers = network.layers.slice(0, 5);
  const encode = (batch: tf.Tensor2D) =>
    encoderLayers.reduce((x, layer) => layer.apply(x) as tf.Tensor, batch as tf.Tensor) as tf.Tensor2D;

  return {
    inputSize,
    trainStep(input, target = input) {
      const loss = optimizer.minimize(
        () => tf.losses.meanSquaredError(target, network.apply(input, { training: true }) as tf.Tensor2D) as tf.Scalar,
        true,
        variables,
      );
      if (!loss) throw new Error('optimizer returned no loss');
      return loss;
    },
    score: (batch) => tf.tidy(() => tf.mean(tf.squaredDifference(reconstruct(batch), batch), 1) as tf.Tensor1D),
    reconstruct,
    encode,
    weights: () => network.getWeights(),
    restore: (weights) => network.setWeights(weights),
    dispose() {
      network.dispose();
      optimizer.dispose();
    },
  };
}

/** The builder the worker loads for this detector (builders.ts finds it by folder). */
export const build = buildConvAutoencoder;
