import * as tf from '@tensorflow/tfjs';
import type { DetectorModel, ModelBuildOptions } from '../model';
import { variationalDetector } from './variational';

/**
 * A dense VAE: input -> hidden layers -> [mean | log-variance] of a `latent`-wide Gaussian code;
 * code -> the hidden layers reversed -> logits (pixels) or values (tables).
 */
export function buildVae(options: ModelBuildOptions): DetectorModel {
  const { inputSize, layers, latent, activation, seed } = options;
  const init = (k: number) => tf.initializers.glorotUniform({ seed: seed + k });
  const encoder = tf.sequential();
  layers.forEach((units, i) =>
    encoder.add(
      tf.layers.dense({ units, activation, kernelInitializer: init(i), ...(i ? {} : { inputShape: [inputSize] }) }),
    ),
  );
  encoder.add(
    tf.layers.dense({
      units: 2 * latent,
      kernelInitializer: init(50),
      ...(layers.length ? {} : { inputShape: [inputSize] }),
    }),
  );
  const decoder = tf.sequential();
  [...layers].reverse().forEach((units, i) =>
    decoder.add(
      tf.layers.dense({
        units,
        activation,
        kernelInitializer: init(100 + i),
        ...(i ? {} : { inputShape: [latent] }),
      }),
    ),
  );
  decoder.add(
    tf.layers.dense({
      units: inputSize,
      kernelInitializer: init(150),
      ...(layers.length ? {} : { inputShape: [latent] }),
    }),
  );
  return variationalDetector(encoder, decoder, options);
}

/** The builder the worker loads for this detector (builders.ts finds it by folder). */
export const build = buildVae;
