import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../config';
import type { ModelId } from '../detectors/registry';
import { measureTrainingRate } from './trainingRate';

describe('training rate probe', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  // One of each family: an autoencoder, a GAN (D and G steps), a one-pass detector (the dense AE stands in).
  it.each<ModelId>(['vae', 'mlp-gan', 'iforest'])(
    'measures %s at its batch size and frees every tensor',
    async (model) => {
      const config = { ...defaultConfig(model), batch: 16 };
      const before = tf.memory().numTensors;
      const rate = await measureTrainingRate({ config, shape: { inputSize: 64, outputActivation: 'sigmoid' } }, 50);
      expect(tf.memory().numTensors).toBe(before);
      expect(rate.steps).toBeGreaterThanOrEqual(2);
      expect(rate.steps % 2).toBe(0);
      expect(rate.samplesPerSecond).toBeGreaterThan(0);
      expect(Number.isFinite(rate.samplesPerSecond)).toBe(true);
      expect(rate.warmupMs).toBeGreaterThan(0);
    },
  );

  it('spends about its budget', async () => {
    const config = { ...defaultConfig('dense-ae'), batch: 8, layers: [16], latent: 4 };
    const start = performance.now();
    const rate = await measureTrainingRate({ config, shape: { inputSize: 20, outputActivation: 'linear' } }, 200);
    const elapsed = performance.now() - start;
    expect(elapsed).toBeGreaterThanOrEqual(200);
    // Tiny steps: many of them fit, and the budget is not overrun by more than a step or two.
    expect(rate.steps).toBeGreaterThan(4);
    expect(elapsed).toBeLessThan(2000);
  });
});
