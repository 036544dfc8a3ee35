import * as tf from '@tensorflow/tfjs';
import { reconstructionDetector } from '../autoencoder';
import type { DetectorModel, ModelBuildOptions } from '../model';

export { denseAutoencoderDefaults } from './defaults';

/** A mirrored dense autoencoder scored by per-sample mean squared reconstruction error. */
export function buildDenseAutoencoder(options: ModelBuildOptions): DetectorModel {
  const { inputSize, layers, latent, activation, learningRate, seed } = options;
  const widths = [...layers, latent, ...[...layers].reverse()];
  const network = tf.sequential();
  widths.forEach((units, i) => {
    network.add(
      tf.layers.dense({
        units,
        activation: i === layers.length ? 'linear' : activation,
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + i }),
        ...(i === 0 ? { inputShape: [inputSize] } : {}),
      }),
    );
  });
  network.add(
    tf.layers.dense({
      units: inputSize,
      activation: options.outputActivation ?? 'sigmoid',
      kernelInitializer: tf.initializers.glorotUniform({ seed: seed + widths.length }),
    }),
  );
  // The encoder is the first half of the same layers, up to and including the code layer.
  return reconstructionDetector(network, { inputSize, learningRate, codeLayers: layers.length + 1 });
}

/** The builder the worker loads for this detector (builders.ts finds it by folder). */
export const build = buildDenseAutoencoder;
