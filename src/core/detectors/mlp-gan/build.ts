import * as tf from '@tensorflow/tfjs';
import { assembleGan, type GanBuildOptions, type GanModel } from '../gan-shared/gan';

/**
 * The classic fully connected GAN (as in the Keras MNIST example, smaller): for weak devices and
 * for backends without convolution gradients (WASM). Works on any input size.
 */
export function buildMlpGan(options: GanBuildOptions): GanModel {
  const init = (k: number) => tf.initializers.glorotUniform({ seed: options.seed + k });
  const generator = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [options.latentSize], units: 128, kernelInitializer: init(1) }),
      tf.layers.leakyReLU({ alpha: 0.2 }),
      tf.layers.dense({ units: 256, useBias: false, kernelInitializer: init(2) }),
      tf.layers.batchNormalization({ momentum: 0.8 }),
      tf.layers.leakyReLU({ alpha: 0.2 }),
      tf.layers.dense({ units: options.inputSize, activation: 'sigmoid', kernelInitializer: init(3) }),
    ],
  });
  const discriminatorBody = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [options.inputSize], units: 256, kernelInitializer: init(4) }),
      tf.layers.leakyReLU({ alpha: 0.2 }),
      tf.layers.dropout({ rate: 0.3, seed: options.seed + 5 }),
      tf.layers.dense({ units: 128, kernelInitializer: init(6) }),
      tf.layers.leakyReLU({ alpha: 0.2 }),
    ],
  });
  const discriminatorHead = tf.sequential({
    layers: [tf.layers.dense({ inputShape: [128], units: 1, kernelInitializer: init(7) })],
  });
  return assembleGan(options, generator, discriminatorBody, discriminatorHead);
}

/** The builder the worker loads for this detector (builders.ts finds it by folder). */
export const build = buildMlpGan;
