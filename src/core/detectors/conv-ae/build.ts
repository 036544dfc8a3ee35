import * as tf from '@tensorflow/tfjs';
import { reconstructionDetector } from '../autoencoder';
import { codeFeatures, downsampling, imageSide, upsampling } from '../convolution';
import type { DetectorModel, ModelBuildOptions } from '../model';

/**
 * A convolutional autoencoder for square images whose side is a multiple of 4 (MNIST: 28):
 * two stride-2 3x3 convolutions (side -> side/4), a dense code of `latent` units, and the mirror
 * image with transposed convolutions; scored by per-sample mean squared reconstruction error.
 */
export function buildConvAutoencoder(options: ModelBuildOptions): DetectorModel {
  const { inputSize, latent, learningRate, seed, activation } = options;
  const side = imageSide(inputSize, 'convolutional autoencoder');
  const network = tf.sequential({
    layers: [
      ...downsampling(inputSize, side, activation, seed),
      tf.layers.dense({ units: latent, kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 3 }) }),
      tf.layers.dense({
        units: codeFeatures(side),
        activation,
        kernelInitializer: tf.initializers.heNormal({ seed: seed + 4 }),
      }),
      ...upsampling(side, activation, seed, options.outputActivation ?? 'sigmoid'),
    ],
  });
  // Reshape, two convolutions, flatten and the dense code are the encoder half.
  return reconstructionDetector(network, { inputSize, learningRate, codeLayers: 5 });
}

/** The builder the worker loads for this detector (builders.ts finds it by folder). */
export const build = buildConvAutoencoder;
