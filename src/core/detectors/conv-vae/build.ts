import * as tf from '@tensorflow/tfjs';
import { codeFeatures, downsampling, imageSide, upsampling } from '../convolution';
import type { DetectorModel, ModelBuildOptions } from '../model';
import { variationalDetector } from '../vae/variational';

/**
 * A convolutional VAE for square images whose side is a multiple of 4 (MNIST: 28): two stride-2
 * 3x3 convolutions (side -> side/4) to [mean | log-variance] of a `latent`-wide Gaussian code, and
 * back through a dense layer and two transposed convolutions to pixel logits.
 */
export function buildConvVae(options: ModelBuildOptions): DetectorModel {
  const { inputSize, latent, seed, activation } = options;
  const side = imageSide(inputSize, 'convolutional VAE');
  const encoder = tf.sequential({
    layers: [
      ...downsampling(inputSize, side, activation, seed),
      tf.layers.dense({ units: 2 * latent, kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 3 }) }),
    ],
  });
  const decoder = tf.sequential({
    layers: [
      tf.layers.dense({
        inputShape: [latent],
        units: codeFeatures(side),
        activation,
        kernelInitializer: tf.initializers.heNormal({ seed: seed + 4 }),
      }),
      // Logits (pixels) or values (image tables): the likelihood reads them raw.
      ...upsampling(side, activation, seed, undefined),
    ],
  });
  return variationalDetector(encoder, decoder, options);
}

/** The builder the worker loads for this detector (builders.ts finds it by folder). */
export const build = buildConvVae;
