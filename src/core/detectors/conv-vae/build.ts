import * as tf from '@tensorflow/tfjs';
import type { DetectorModel, ModelBuildOptions } from '../model';
import { variationalDetector } from '../vae/variational';

/** Filters of the two stride-2 convolutions (the decoder mirrors them). Small, so CPUs cope. */
const filters = [16, 32] as const;

/**
 * A convolutional VAE for square images whose side is a multiple of 4 (MNIST: 28): two stride-2
 * 3x3 convolutions (side -> side/4) to [mean | log-variance] of a `latent`-wide Gaussian code, and
 * back through a dense layer and two transposed convolutions to pixel logits.
 */
export function buildConvVae(options: ModelBuildOptions): DetectorModel {
  const { inputSize, latent, seed, activation } = options;
  const side = Math.round(Math.sqrt(inputSize));
  if (side * side !== inputSize || side % 4 !== 0) {
    throw new Error(`The convolutional VAE needs square images with a side divisible by 4; got ${inputSize} inputs.`);
  }
  const quarter = side / 4;
  const he = (k: number) => tf.initializers.heNormal({ seed: seed + k });
  const glorot = (k: number) => tf.initializers.glorotUniform({ seed: seed + k });
  const conv = (k: number, units: number) =>
    tf.layers.conv2d({
      filters: units,
      kernelSize: 3,
      strides: 2,
      padding: 'same',
      activation,
      kernelInitializer: he(k),
    });
  const encoder = tf.sequential({
    layers: [
      tf.layers.reshape({ inputShape: [inputSize], targetShape: [side, side, 1] }),
      conv(1, filters[0]),
      conv(2, filters[1]),
      tf.layers.flatten(),
      tf.layers.dense({ units: 2 * latent, kernelInitializer: glorot(3) }),
    ],
  });
  const decoder = tf.sequential({
    layers: [
      tf.layers.dense({
        inputShape: [latent],
        units: quarter * quarter * filters[1],
        activation,
        kernelInitializer: he(4),
      }),
      tf.layers.reshape({ targetShape: [quarter, quarter, filters[1]] }),
      tf.layers.conv2dTranspose({
        filters: filters[0],
        kernelSize: 3,
        strides: 2,
        padding: 'same',
        activation,
        kernelInitializer: he(5),
      }),
      // Logits (pixels) or values (image tables): the likelihood reads them raw.
      tf.layers.conv2dTranspose({
        filters: 1,
        kernelSize: 3,
        strides: 2,
        padding: 'same',
        kernelInitializer: glorot(6),
      }),
      tf.layers.flatten(),
    ],
  });
  return variationalDetector(encoder, decoder, options);
}

/** The builder the worker loads for this detector (builders.ts finds it by folder). */
export const build = buildConvVae;
