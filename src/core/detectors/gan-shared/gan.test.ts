import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDcgan } from '../dcgan/build';
import { buildMlpGan } from '../mlp-gan/build';
import type { GanBuildOptions, GanModel } from './gan';

const options: GanBuildOptions = {
  inputSize: 16 * 16,
  latentSize: 8,
  generatorLearningRate: 0.01,
  discriminatorLearningRate: 0.01,
  beta1: 0.5,
  labelSmoothing: 0.1,
  seed: 4,
};
const batch = 6;
const real = () => tf.tidy(() => tf.randomUniform([batch, options.inputSize], 0, 1, 'float32', 1) as tf.Tensor2D);
const noise = () => tf.tidy(() => tf.randomNormal([batch, options.latentSize], 0, 1, 'float32', 2) as tf.Tensor2D);

async function snapshot(variables: tf.Variable[]): Promise<Float32Array[]> {
  return Promise.all(variables.map(async (v) => (await v.data()) as Float32Array));
}

function changed(before: Float32Array[], after: Float32Array[]): boolean {
  return before.some((values, i) => values.some((v, k) => v !== after[i][k]));
}

describe.each([
  ['DCGAN', buildDcgan],
  ['MLP GAN', buildMlpGan],
])('%s', (_name, build: (o: GanBuildOptions) => GanModel) => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('generates images in [0, 1] and scores each sample, with the right shapes', async () => {
    const gan = build(options);
    const z = noise();
    const x = real();
    const images = tf.tidy(() => gan.generate(z));
    expect(images.shape).toEqual([batch, options.inputSize]);
    const values = await images.data();
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThanOrEqual(1);
    const logits = tf.tidy(() => gan.discriminatorLogits(x));
    expect(logits.shape).toEqual([batch]);
    const features = tf.tidy(() => gan.discriminatorFeatures(x));
    expect(features.shape[0]).toBe(batch);
    tf.dispose([z, x, images, logits, features]);
    gan.dispose();
  });

  it('a discriminator step moves only the discriminator, a generator step only the generator', async () => {
    const gan = build(options);
    const x = real();
    const z = noise();
    const g0 = await snapshot(gan.generatorVariables());
    const d0 = await snapshot(gan.discriminatorVariables());
    const stats = gan.discriminatorStep(x, z);
    expect(stats.shape).toEqual([3]);
    const [loss, dReal, dFake] = await stats.data();
    expect(Number.isFinite(loss)).toBe(true);
    expect(dReal).toBeGreaterThan(0);
    expect(dFake).toBeLessThan(1);
    const g1 = await snapshot(gan.generatorVariables());
    const d1 = await snapshot(gan.discriminatorVariables());
    expect(changed(d0, d1)).toBe(true);
    expect(changed(g0, g1)).toBe(false);

    const gLoss = gan.generatorStep(z);
    expect(Number.isFinite((await gLoss.data())[0])).toBe(true);
    const g2 = await snapshot(gan.generatorVariables());
    const d2 = await snapshot(gan.discriminatorVariables());
    expect(changed(g1, g2)).toBe(true);
    expect(changed(d1, d2)).toBe(false);
    tf.dispose([x, z, stats, gLoss]);
    gan.dispose();
  });

  it('a D-only step leaves all of G as it was (batch-norm statistics too), a G-only step all of D; pure losses move nothing', async () => {
    const gan = build(options);
    const x = real();
    const z = noise();
    const all = async () => {
      const weights = gan.weights();
      return Promise.all(weights.map(async (w) => (await w.data()) as Float32Array));
    };
    const networks = gan.networks();
    const counts = {
      generator: networks.generator.getWeights().length,
    };
    const split = (values: Float32Array[]) => ({
      generator: values.slice(0, counts.generator),
      discriminator: values.slice(counts.generator),
    });
    const before = split(await all());
    tf.dispose([gan.discriminatorStats(x, z), gan.generatorLoss(z)]);
    const untouched = split(await all());
    expect(changed(before.generator, untouched.generator)).toBe(false);
    expect(changed(before.discriminator, untouched.discriminator)).toBe(false);
    tf.dispose(gan.discriminatorStep(x, z, true));
    const afterD = split(await all());
    expect(changed(untouched.generator, afterD.generator)).toBe(false);
    expect(changed(untouched.discriminator, afterD.discriminator)).toBe(true);
    tf.dispose(gan.generatorStep(z, true));
    const afterG = split(await all());
    expect(changed(afterD.discriminator, afterG.discriminator)).toBe(false);
    expect(changed(afterD.generator, afterG.generator)).toBe(true);
    tf.dispose([x, z]);
    gan.dispose();
  });

  it('holds a constant number of tensors over steps, restores weights, and frees everything', async () => {
    const baseline = tf.memory().numTensors;
    const gan = build(options);
    const x = real();
    const z = noise();
    const round = () => {
      gan.discriminatorStep(x, z).dispose();
      gan.generatorStep(z).dispose();
    };
    round();
    round();
    const warm = tf.memory().numTensors;
    for (let i = 0; i < 5; i += 1) round();
    expect(tf.memory().numTensors).toBe(warm);

    const saved = gan.weights().map((w) => w.clone());
    const generated = async () => {
      const images = tf.tidy(() => gan.generate(z));
      const values = await images.data();
      images.dispose();
      return values;
    };
    const before = await generated();
    round();
    gan.restore(saved);
    const after = await generated();
    expect(Array.from(after)).toEqual(Array.from(before));
    tf.dispose(saved);
    tf.dispose([x, z]);
    gan.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
