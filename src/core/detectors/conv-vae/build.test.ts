import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeAutoencoderContract } from '../autoencoderContract';
import { buildConvVae } from './build';

const options = {
  inputSize: 16 * 16,
  layers: [],
  latent: 2,
  activation: 'relu' as const,
  learningRate: 0.001,
  seed: 2,
  params: { beta: 1, vaescore: 'elbo' },
};

describeAutoencoderContract('convolutional VAE', buildConvVae, options);

describe('convolutional VAE', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('encodes to mean and log-variance through two stride-2 convolutions, and refuses non-square inputs', async () => {
    const model = buildConvVae(options);
    const kernels = model.weights().filter((w) => w.rank === 4);
    expect(kernels.map((w) => w.shape)).toEqual([
      [3, 3, 1, 16],
      [3, 3, 16, 32],
      [3, 3, 16, 32],
      [3, 3, 1, 16],
    ]);
    // The code layer: flattened 4x4x32 features to mean and log-variance of a 2-wide code.
    expect(model.weights().find((w) => w.rank === 2)?.shape).toEqual([4 * 4 * 32, 2 * 2]);
    const decoded = model.decode!(tf.zeros([3, 2]));
    expect(decoded.shape).toEqual([3, 256]);
    decoded.dispose();
    model.dispose();
    expect(() => buildConvVae({ ...options, inputSize: 10 })).toThrow(/square images/);
  });
});
