import * as tf from '@tensorflow/tfjs';
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
  const optimizer = tf.train.adam(learningRate);
  const variables = network.trainableWeights.map((w) => w.read() as tf.Variable);

  const reconstruct = (batch: tf.Tensor2D) => network.apply(batch) as tf.Tensor2D;
  // The encoder is the first half of the same layers, up to and including the code layer.
  const encoderLayers = network.layers.slice(0, layers.length + 1);
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
export const build = buildDenseAutoencoder;
