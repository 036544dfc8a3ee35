import * as tf from '@tensorflow/tfjs';
import { buildDenseAutoencoder } from '../detectors/dense-ae/build';

/**
 * Tests only: a tiny dense autoencoder (30 -> 16 -> 4) and a fixed batch of 16 rows, the same on
 * every backend and engine, for tests that compare how the same steps train. The caller disposes both.
 */
export function tinyDenseRun() {
  const model = buildDenseAutoencoder({
    inputSize: 30,
    layers: [16],
    latent: 4,
    activation: 'relu',
    learningRate: 0.01,
    seed: 9,
  });
  const x = tf.tensor2d(
    Float32Array.from({ length: 16 * 30 }, (_, i) => (Math.sin(i * 0.7) + 1) / 2),
    [16, 30],
  );
  return { model, x };
}
