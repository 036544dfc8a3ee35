import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeAutoencoderContract } from '../autoencoderContract';
import { buildDeepSvdd } from './build';

const rowOptions = { inputSize: 12, layers: [8], latent: 4, activation: 'relu' as const, learningRate: 0.01, seed: 3 };
const imageOptions = { ...rowOptions, inputSize: 64, imageSide: 8, learningRate: 0.001 };

describeAutoencoderContract('Deep SVDD on rows', buildDeepSvdd, rowOptions, { reconstructs: false });
describeAutoencoderContract('Deep SVDD on images', buildDeepSvdd, imageOptions, { reconstructs: false });

/** Seeded rows near a 3-D subspace of 12 dimensions (the normal class). */
function normalRows(count: number, seed: number): tf.Tensor2D {
  return tf.tidy(() => {
    const basis = tf.randomNormal([3, 12], 0, 1, 'float32', 99);
    const codes = tf.randomNormal([count, 3], 0, 1, 'float32', seed);
    return codes.matMul(basis).add(tf.randomNormal([count, 12], 0, 0.05, 'float32', seed + 1)) as tf.Tensor2D;
  });
}

describe('Deep SVDD', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('has no bias terms (only the centre is a vector), and a centre no nearer zero than 0.1 per coordinate', async () => {
    const model = buildDeepSvdd(rowOptions);
    const weights = model.weights();
    expect(weights.slice(0, -1).every((w) => w.rank >= 2)).toBe(true);
    expect(weights[weights.length - 1].shape).toEqual([rowOptions.latent]);
    const fit = normalRows(40, 1);
    await model.begin!(fit, 16);
    const centre = Array.from(await model.weights()[weights.length - 1].data());
    expect(centre.every((c) => Math.abs(c) >= 0.1 - 1e-7)).toBe(true);
    // The centre is the mean code of the rows where that mean is away from zero.
    const codes = model.encode!(fit);
    const mean = Array.from(await codes.mean(0).data());
    mean.forEach((m, i) => {
      if (Math.abs(m) >= 0.1) expect(centre[i]).toBeCloseTo(m, 5);
      else expect(Math.sign(centre[i])).toBe(m < 0 ? -1 : 1);
    });
    tf.dispose([fit, codes]);
    model.dispose();
  });

  it('pulls the training rows towards the centre and scores rows off their subspace higher', async () => {
    const model = buildDeepSvdd(rowOptions);
    const fit = normalRows(128, 2);
    await model.begin!(fit, 32);
    const meanScore = async (x: tf.Tensor2D) => {
      const s = model.score(x);
      const value = (await s.mean().data())[0];
      s.dispose();
      return value;
    };
    const before = await meanScore(fit);
    for (let step = 0; step < 60; step += 1) model.trainStep(fit).dispose();
    expect(await meanScore(fit)).toBeLessThan(before / 2);
    const normalTest = normalRows(64, 5);
    const offSubspace = tf.randomNormal([64, 12], 0, 1.5, 'float32', 6) as tf.Tensor2D;
    expect(await meanScore(offSubspace)).toBeGreaterThan(await meanScore(normalTest));
    tf.dispose([fit, normalTest, offSubspace]);
    model.dispose();
  });
});
