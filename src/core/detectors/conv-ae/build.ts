import * as tf from '@tensorflow/tfjs';
import { reconstructionDetector } from '../autoencoder';
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
  // Reshape, two convolutions, flatten and the dense code are the encoder half.
  return reconstructionDetector(network, { inputSize, learningRate, codeLayers: 5 });
}

/** The builder the worker loads for this detector (builders.ts finds it by folder). */
export const build = buildConvAutoencoder;
