import * as tf from '@tensorflow/tfjs';
import { reconstructionDetector } from '../autoencoder';
import type { DetectorModel, ModelBuildOptions } from '../model';
import { sequenceShape } from '../sequence-shared/shape';
import { PositionalEncoding, TransformerBlock } from './layers';

const intParam = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback;

/**
 * A transformer autoencoder: each step's channels projected to `dmodel` features, positions added,
 * `blocks` self-attention blocks with `heads` heads; all steps flattened into a dense code of
 * `latent` units (the bottleneck that stops it copying its input); decoded by the mirror image:
 * the code spread back over the steps, positions, blocks, a dense layer per step. Scored by the
 * mean squared reconstruction error.
 */
export function buildAttentionAutoencoder(options: ModelBuildOptions): DetectorModel {
  const { inputSize, latent, learningRate, seed } = options;
  const { steps, channels } = sequenceShape(options, 'self-attention autoencoder');
  const width = intParam(options.params?.dmodel, 32);
  const heads = intParam(options.params?.heads, 2);
  const blocks = intParam(options.params?.blocks, 1);
  if (width % heads !== 0) {
    throw new Error(`The model width (${width}) must be a multiple of the number of heads (${heads}).`);
  }
  const dense = (units: number, offset: number, activation: 'linear' | 'sigmoid' = 'linear') =>
    tf.layers.dense({ units, activation, kernelInitializer: tf.initializers.glorotUniform({ seed: seed + offset }) });
  const stack = (offset: number) =>
    Array.from(
      { length: blocks },
      (_, b) => new TransformerBlock({ heads, hidden: 2 * width, seed: seed + offset + 20 * b }),
    );
  const network = tf.sequential({
    layers: [
      tf.layers.reshape({ targetShape: [steps, channels], inputShape: [inputSize] }),
      dense(width, 1),
      new PositionalEncoding({}),
      ...stack(100),
      tf.layers.flatten(),
      dense(latent, 2),
      dense(steps * width, 3),
      tf.layers.reshape({ targetShape: [steps, width] }),
      new PositionalEncoding({}),
      ...stack(300),
      dense(channels, 4, options.outputActivation ?? 'linear'),
      tf.layers.flatten(),
    ],
  });
  // Reshape, projection, positions, the encoder blocks, flatten and the dense code: the encoder half.
  return reconstructionDetector(network, { inputSize, learningRate, codeLayers: blocks + 5 });
}

/** The builder the worker loads for this detector (builders.ts finds it by folder). */
export const build = buildAttentionAutoencoder;
