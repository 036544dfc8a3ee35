import * as tf from '@tensorflow/tfjs';
import { reconstructionDetector } from '../autoencoder';
import type { DetectorModel, ModelBuildOptions } from '../model';
import { sequenceShape } from '../sequence-shared/shape';

/**
 * An LSTM (or GRU, `cell=gru`) autoencoder: the sequence read by stacked recurrent layers whose last
 * state becomes a code of `latent` units; the code repeated at every step and read back by the
 * mirrored recurrent layers; a dense layer per step gives each step's channels. Scored by the mean
 * squared error over all steps and channels.
 */
export function buildLstmAutoencoder(options: ModelBuildOptions): DetectorModel {
  const { inputSize, latent, learningRate, seed } = options;
  const { steps, channels } = sequenceShape(options, 'LSTM autoencoder');
  const units = options.layers.length ? options.layers : [32];
  const recurrent = options.params?.cell === 'gru' ? tf.layers.gru : tf.layers.lstm;
  const init = (offset: number) => ({
    kernelInitializer: tf.initializers.glorotUniform({ seed: seed + offset }),
    recurrentInitializer: tf.initializers.orthogonal({ seed: seed + offset + 100 }),
  });
  const network = tf.sequential();
  network.add(tf.layers.reshape({ targetShape: [steps, channels], inputShape: [inputSize] }));
  units.forEach((width, i) =>
    network.add(recurrent({ units: width, returnSequences: i < units.length - 1, ...init(i) })),
  );
  network.add(
    tf.layers.dense({ units: latent, kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 10 }) }),
  );
  network.add(tf.layers.repeatVector({ n: steps }));
  [...units]
    .reverse()
    .forEach((width, i) => network.add(recurrent({ units: width, returnSequences: true, ...init(20 + i) })));
  network.add(
    tf.layers.timeDistributed({
      layer: tf.layers.dense({
        units: channels,
        activation: options.outputActivation ?? 'linear',
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 30 }),
      }),
    }),
  );
  network.add(tf.layers.flatten());
  // The reshape, the recurrent encoder and the dense code are the encoder half.
  return reconstructionDetector(network, { inputSize, learningRate, codeLayers: units.length + 2 });
}

/** The builder the worker loads for this detector (builders.ts finds it by folder). */
export const build = buildLstmAutoencoder;
