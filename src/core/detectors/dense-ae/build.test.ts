import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { describeAutoencoderContract } from '../autoencoderContract';
import { buildDenseAutoencoder } from './build';

const options = { inputSize: 20, layers: [16], latent: 4, activation: 'relu' as const, learningRate: 0.01, seed: 1 };

describeAutoencoderContract('dense autoencoder', buildDenseAutoencoder, options);

describe('dense autoencoder', () => {
  it('mirrors its hidden layers around the code: input -> 16 -> 4 -> 16 -> input', () => {
    const model = buildDenseAutoencoder(options);
    const kernels = model.weights().filter((w) => w.rank === 2);
    expect(kernels.map((w) => w.shape)).toEqual([
      [20, 16],
      [16, 4],
      [4, 16],
      [16, 20],
    ]);
    model.dispose();
    expect(tf.memory().numTensors).toBeGreaterThanOrEqual(0);
  });
});
