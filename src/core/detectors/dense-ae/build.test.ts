import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDenseAutoencoder } from './build';

const options = { inputSize: 20, layers: [16], latent: 4, activation: 'relu' as const, learningRate: 0.01, seed: 1 };

function fixedBatch(): tf.Tensor2D {
  return tf.tensor2d(
    Float32Array.from({ length: 8 * 20 }, (_, i) => (Math.sin(i * 0.37) + 1) / 2),
    [8, 20],
  );
}

describe('dense autoencoder', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('reconstructs and scores with the right shapes', async () => {
    const model = buildDenseAutoencoder(options);
    const x = fixedBatch();
    const reconstruction = model.reconstruct(x);
    const scores = model.score(x);
    expect(reconstruction.shape).toEqual([8, 20]);
    expect(scores.shape).toEqual([8]);
    expect(Array.from(await scores.data()).every(Number.isFinite)).toBe(true);
    tf.dispose([x, reconstruction, scores]);
    model.dispose();
  });

  it('is reproducible for a seed', async () => {
    const a = buildDenseAutoencoder(options);
    const b = buildDenseAutoencoder(options);
    expect(Array.from(await a.weights()[0].data())).toEqual(Array.from(await b.weights()[0].data()));
    a.dispose();
    b.dispose();
  });

  it('lowers the loss on a fixed batch with one training step', async () => {
    const model = buildDenseAutoencoder(options);
    const x = fixedBatch();
    const meanLoss = async () => {
      const mean = tf.tidy(() => model.score(x).mean());
      const [value] = await mean.data();
      mean.dispose();
      return value;
    };
    const before = await meanLoss();
    const stepLoss = model.trainStep(x);
    // The step reports the loss it started from, which is the batch's mean squared error.
    expect((await stepLoss.data())[0]).toBeCloseTo(before, 5);
    stepLoss.dispose();
    expect(await meanLoss()).toBeLessThan(before);
    x.dispose();
    model.dispose();
  });

  it('holds a constant number of tensors over training steps, and frees them all on dispose', () => {
    const baseline = tf.memory().numTensors;
    const model = buildDenseAutoencoder(options);
    const x = fixedBatch();
    model.trainStep(x).dispose();
    model.trainStep(x).dispose();
    const warm = tf.memory().numTensors;
    for (let i = 0; i < 10; i += 1) {
      model.trainStep(x).dispose();
      model.score(x).dispose();
    }
    expect(tf.memory().numTensors).toBe(warm);
    x.dispose();
    model.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
