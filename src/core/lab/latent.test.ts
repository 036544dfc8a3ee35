import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDenseAutoencoder } from '../detectors/dense-ae/build';
import { latentSampleRows, latentView } from './latent';

describe('latent view', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('keeps every normal item when they are few, and spreads the anomalies over the rest', () => {
    const isAnomaly = Uint8Array.from({ length: 1000 }, (_, i) => (i % 50 === 0 ? 0 : 1)); // 20 normals
    const rows = latentSampleRows(isAnomaly, 100);
    expect(rows).toHaveLength(100);
    expect(Array.from(rows).filter((r) => !isAnomaly[r])).toHaveLength(20);
    expect(new Set(rows).size).toBe(100);
    expect(latentSampleRows(isAnomaly, 5000)).toHaveLength(1000);
  });

  it.each([2, 6])('places test items by a %i-wide code, leaking no tensor', async (latent) => {
    const model = buildDenseAutoencoder({
      inputSize: 12,
      layers: [8],
      latent,
      activation: 'relu',
      learningRate: 0.01,
      seed: 2,
    });
    const test = tf.randomUniform([300, 12], 0, 1, 'float32', 4) as tf.Tensor2D;
    const isAnomaly = Uint8Array.from({ length: 300 }, (_, i) => (i < 30 ? 0 : 1));
    const before = tf.memory().numTensors;
    const view = await latentView(model, test, isAnomaly, { maxPoints: 120, batch: 50, seed: 1 });
    expect(tf.memory().numTensors).toBe(before);
    expect(view!.rows).toHaveLength(120);
    expect(view!.points).toHaveLength(240);
    expect(view!.axes).toBe(latent === 2 ? 'code' : 'principal');
    expect(Array.from(view!.points).every(Number.isFinite)).toBe(true);
    // The projection spreads the items: not all on one spot.
    expect(new Set(Array.from(view!.points).map((v) => v.toFixed(4))).size).toBeGreaterThan(100);
    test.dispose();
    model.dispose();
  });
});
