import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../config';
import { specOf } from '../detectors/registry';
import { buildDenseAutoencoder } from '../detectors/dense-ae/build';
import { MessageError } from '../messages';
import { estimateRunBytes, memoryBudgetBytes, memoryRefusal } from './memoryGuard';
import { LabSession } from '../lab/session';
import type { MnistDataset } from '../data/mnist';

const GiB = 2 ** 30;

describe('memory guard', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it("estimates a dense autoencoder's peak from its real parameter count and a training step's measured peak", async () => {
    const config = { ...defaultConfig(), layers: [512], latent: 32, batch: 512 };
    const estimate = estimateRunBytes(specOf('dense-ae'), config, 784, 0);
    const model = buildDenseAutoencoder({
      inputSize: 784,
      layers: [512],
      latent: 32,
      activation: 'relu',
      learningRate: 0.001,
      seed: 1,
    });
    const parameters = model.weights().reduce((sum, w) => sum + w.size, 0);
    expect(estimate.modelBytes).toBe(parameters * 21 * 4);
    // The estimate bounds what one step really holds (tf.profile's peak over the step, plus Adam's state).
    const x = tf.randomUniform([512, 784]) as tf.Tensor2D;
    const before = tf.memory().numBytes;
    const profile = await tf.profile(() => model.trainStep(x));
    const real = profile.peakBytes + (tf.memory().numBytes - before);
    expect(estimate.totalBytes).toBeGreaterThan(real * 0.8);
    expect(estimate.totalBytes).toBeLessThan(real * 3);
    tf.dispose([x, ...(profile.result ? [] : [])]);
    model.dispose();
  });

  it('allows WASM half of its 32-bit memory and a GPU half the device', () => {
    expect(memoryBudgetBytes('wasm', 8)).toBe(2 * GiB);
    expect(memoryBudgetBytes('wasm', 2)).toBe(1 * GiB);
    expect(memoryBudgetBytes('webgl', 8)).toBe(4 * GiB);
    expect(memoryBudgetBytes('webgpu')).toBe(4 * GiB);
  });

  it('names the largest part and the change that helps', () => {
    const spec = specOf('dense-ae');
    const wide = { ...defaultConfig(), layers: [2048, 2048, 2048, 2048, 2048, 2048], batch: 64 };
    expect(memoryRefusal(estimateRunBytes(spec, wide, 784, 10_000), 2 * GiB, 'wasm')?.key).toBe('err.memory.layers');
    const bigBatch = { ...defaultConfig(), layers: [1024], batch: 4096 };
    const batchEstimate = estimateRunBytes(spec, bigBatch, 784, 10_000);
    expect(memoryRefusal(batchEstimate, batchEstimate.totalBytes - 1, 'wasm')?.key).toBe('err.memory.batch');
    const manyRows = estimateRunBytes(spec, defaultConfig(), 2048, 2_000_000);
    expect(memoryRefusal(manyRows, 2 * GiB, 'wasm')).toMatchObject({
      key: 'err.memory.rows',
      params: { need: '15.3 GB' },
    });
    // The default run fits with room to spare.
    expect(memoryRefusal(estimateRunBytes(spec, defaultConfig(), 784, 10_000), 2 * GiB, 'wasm')).toBeNull();
  });

  it('refuses an oversized run before building anything, and the session trains again after', async () => {
    const session = new LabSession();
    const side = 28;
    const count = 200;
    const dataset: MnistDataset = {
      count,
      side,
      labels: Uint8Array.from({ length: count }, (_, i) => i % 10),
      pixels: Uint8Array.from({ length: count * side * side }, (_, i) => (i * 7) % 256),
    };
    session.setDataset(dataset);
    const huge = { ...defaultConfig(), layers: [2048, 2048, 2048, 2048, 2048, 2048], batch: 4096, epochs: 1 };
    session.prepare(huge);
    const events = { onStepLosses: () => {}, onEpoch: () => {}, onSamples: () => {}, onScores: () => {} };
    const before = tf.memory().numTensors;
    const refused = await session.train(huge, events).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(MessageError);
    expect((refused as MessageError).message).toMatch(/err\.memory\.layers/);
    // Nothing was built: only the split's data tensors (made for the estimate) are held.
    expect(tf.memory().numTensors - before).toBeLessThanOrEqual(4);
    const fits = { ...defaultConfig(), epochs: 1, limit: 64 };
    session.prepare(fits);
    await expect(session.train(fits, events)).resolves.toMatchObject({ status: 'done' });
    session.reset();
  });
});
