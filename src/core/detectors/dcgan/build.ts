import * as tf from '@tensorflow/tfjs';
import { assembleGan, type GanBuildOptions, type GanModel } from '../gan-shared/gan';

export { ganDefaults } from '../gan-shared/defaults';

/**
 * DCGAN for square images whose side is a multiple of 4 (MNIST: 28): the generator grows a
 * side/4 x side/4 map through two stride-2 transposed convolutions with BatchNorm; the
 * discriminator shrinks it back with two stride-2 convolutions, LeakyReLU and dropout.
 * Kept small (32/16 filters) so a laptop, or this lab's CPU fallbacks, trains it in minutes.
 */
export function buildDcgan(options: GanBuildOptions): GanModel {
  const side = Math.round(Math.sqrt(options.inputSize));
  if (side * side !== options.inputSize || side % 4 !== 0) {
    throw new Error(`DCGAN needs square images with a side divisible by 4; got ${options.inputSize} inputs.`);
  }
  const quarter = side / 4;
  const init = (k: number) => tf.initializers.randomNormal({ mean: 0, stddev: 0.02, seed: options.seed + k });

  const generator = tf.sequential({
    layers: [
      tf.layers.dense({
        inputShape: [options.latentSize],
        units: quarter * quarter * 32,
        useBias: false,
        kernelInitializer: init(1),
      }),
      tf.layers.batchNormalization({ momentum: 0.9 }),
      tf.layers.reLU(),
      tf.layers.reshape({ targetShape: [quarter, quarter, 32] }),
      tf.layers.conv2dTranspose({
        filters: 16,
        kernelSize: 5,
        strides: 2,
        padding: 'same',
        useBias: false,
        kernelInitializer: init(2),
      }),
      tf.layers.batchNormalization({ momentum: 0.9 }),
      tf.layers.reLU(),
      tf.layers.conv2dTranspose({
        filters: 1,
        kernelSize: 5,
        strides: 2,
        padding: 'same',
        activation: 'sigmoid',
        kernelInitializer: init(3),
      }),
      tf.layers.flatten(),
    ],
  });
  const discriminatorBody = tf.sequential({
    layers: [
      tf.layers.reshape({ inputShape: [options.inputSize], targetShape: [side, side, 1] }),
      tf.layers.conv2d({ filters: 16, kernelSize: 5, strides: 2, padding: 'same', kernelInitializer: init(4) }),
      tf.layers.leakyReLU({ alpha: 0.2 }),
      tf.layers.dropout({ rate: 0.3, seed: options.seed + 5 }),
      tf.layers.conv2d({ filters: 32, kernelSize: 5, strides: 2, padding: 'same', kernelInitializer: init(6) }),
      tf.layers.leakyReLU({ alpha: 0.2 }),
      tf.layers.dropout({ rate: 0.3, seed: options.seed + 7 }),
      tf.layers.flatten(),
    ],
  });
  const discriminatorHead = tf.sequential({
    layers: [tf.layers.dense({ inputShape: [quarter * quarter * 32], units: 1, kernelInitializer: init(8) })],
  });
  return assembleGan(options, generator, discriminatorBody, discriminatorHead);
}

/** The builder the worker loads for this detector (builders.ts finds it by folder). */
export const build = buildDcgan;
