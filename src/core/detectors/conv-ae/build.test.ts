import { describe, expect, it } from 'vitest';
import { describeAutoencoderContract } from '../autoencoderContract';
import { buildConvAutoencoder } from './build';

const options = {
  inputSize: 16 * 16,
  layers: [],
  latent: 4,
  activation: 'relu' as const,
  learningRate: 0.001,
  seed: 1,
};

describeAutoencoderContract('convolutional autoencoder', buildConvAutoencoder, options);

describe('convolutional autoencoder', () => {
  it('halves the side twice on the way down, and refuses inputs that are not such images', () => {
    const model = buildConvAutoencoder(options);
    const kernels = model.weights().filter((w) => w.rank === 4);
    // conv 3x3x1x16, conv 3x3x16x32, transposed 3x3x16x32, transposed 3x3x1x16
    expect(kernels.map((w) => w.shape)).toEqual([
      [3, 3, 1, 16],
      [3, 3, 16, 32],
      [3, 3, 16, 32],
      [3, 3, 1, 16],
    ]);
    const code = model.weights().find((w) => w.rank === 2);
    expect(code?.shape).toEqual([4 * 4 * 32, 4]);
    model.dispose();
    expect(() => buildConvAutoencoder({ ...options, inputSize: 10 })).toThrow(/square images/);
    expect(() => buildConvAutoencoder({ ...options, inputSize: 18 * 18 })).toThrow(/divisible by 4/);
  });
});
