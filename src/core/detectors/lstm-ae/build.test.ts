import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { describeAutoencoderContract } from '../autoencoderContract';
import { buildLstmAutoencoder } from './build';

const options = {
  inputSize: 12 * 2,
  layers: [8],
  latent: 4,
  activation: 'relu' as const,
  learningRate: 0.01,
  seed: 1,
  sequence: { steps: 12, channels: 2 },
};

describeAutoencoderContract('LSTM autoencoder', buildLstmAutoencoder, options);
describeAutoencoderContract('GRU autoencoder', buildLstmAutoencoder, { ...options, params: { cell: 'gru' } });

describe('LSTM autoencoder', () => {
  it('reads steps x channels through recurrent layers: LSTM has 4 gates, GRU 3', () => {
    const lstm = buildLstmAutoencoder(options);
    const gru = buildLstmAutoencoder({ ...options, params: { cell: 'gru' } });
    // The first recurrent kernel maps 2 channels to 4 (LSTM) or 3 (GRU) gates of 8 units.
    expect(lstm.weights()[0].shape).toEqual([2, 32]);
    expect(gru.weights()[0].shape).toEqual([2, 24]);
    lstm.dispose();
    gru.dispose();
  });

  it('learns a sine wave and then scores a flat-lined one higher than a fresh sine', async () => {
    await tf.setBackend('cpu');
    const model = buildLstmAutoencoder({ ...options, learningRate: 0.02 });
    const wave = (phase: number, flat = false) =>
      Array.from({ length: 12 }, (_, t) => {
        const v = flat && t >= 6 ? Math.sin(phase + 6 * 0.6) : Math.sin(phase + t * 0.6);
        return [v, Math.cos(phase + t * 0.6)];
      }).flat();
    const batch = tf.tensor2d(Array.from({ length: 16 }, (_, i) => wave(i * 0.4)));
    for (let step = 0; step < 60; step += 1) model.trainStep(batch).dispose();
    const probe = tf.tensor2d([wave(0.2), wave(0.2, true)]);
    const scores = Array.from(await model.score(probe).data());
    expect(scores[1]).toBeGreaterThan(scores[0] * 2);
    tf.dispose([batch, probe]);
    model.dispose();
  });

  it('refuses loose values without a sequence shape, and a shape that does not match the inputs', () => {
    expect(() => buildLstmAutoencoder({ ...options, sequence: undefined })).toThrow(/models sequences/);
    expect(() => buildLstmAutoencoder({ ...options, sequence: { steps: 5, channels: 2 } })).toThrow(/not the 24/);
  });
});
