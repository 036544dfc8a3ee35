import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FusedAdam } from './fusedAdam';

/** Trains two variables for `steps` steps on a fixed quadratic loss; returns their final values. */
async function train(
  optimizer: tf.Optimizer,
  shapes: number[][],
  steps: number,
  seed: number,
): Promise<{ values: Float32Array[]; losses: number[] }> {
  const variables = shapes.map((shape, i) => tf.variable(tf.randomNormal(shape, 0, 1, 'float32', seed + i)));
  const targets = shapes.map((shape, i) => tf.randomNormal(shape, 0, 2, 'float32', seed + 10 + i));
  const losses: number[] = [];
  for (let s = 0; s < steps; s += 1) {
    const loss = optimizer.minimize(
      () => tf.addN(variables.map((v, i) => tf.sum(tf.mul(tf.square(tf.sub(v, targets[i])), i + 1)))) as tf.Scalar,
      true,
      variables,
    )!;
    losses.push((await loss.data())[0]);
    loss.dispose();
  }
  const values = await Promise.all(variables.map(async (v) => (await v.data()) as Float32Array));
  tf.dispose([...variables, ...targets]);
  return { values, losses };
}

afterAll(async () => {
  await tf.setBackend('cpu');
});

describe('Adam with one kernel per variable', () => {
  for (const backend of ['cpu', 'wasm']) {
    it(`matches tfjs's Adam on ${backend} over random shapes, rates and betas`, async () => {
      await tf.setBackend(backend);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 2 }), {
            minLength: 1,
            maxLength: 3,
          }),
          fc.constantFrom(1e-3, 1e-2, 0.1),
          fc.constantFrom(0.9, 0.5),
          fc.integer({ min: 1, max: 1000 }),
          async (shapes, rate, beta1, seed) => {
            const ours = await train(new FusedAdam(rate, beta1), shapes, 6, seed);
            const theirs = await train(tf.train.adam(rate, beta1), shapes, 6, seed);
            // tfjs rounds each of its ~13 steps to float32, ours one expression: the same to 1e-5 relative.
            ours.values.forEach((values, i) => {
              values.forEach((v, j) => {
                const reference = theirs.values[i][j];
                expect(Math.abs(v - reference)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(reference)));
              });
            });
          },
        ),
        { numRuns: 15 },
      );
    });
  }

  it('lowers the loss, and holds the same number of tensors over steps and none after dispose', async () => {
    await tf.setBackend('wasm');
    const before = tf.memory().numTensors;
    const optimizer = new FusedAdam(0.05);
    const variable = tf.tidy(() => tf.variable(tf.ones([32, 16])));
    const step = () => optimizer.minimize(() => tf.sum(tf.square(variable)) as tf.Scalar, true, [variable])!;
    const first = step();
    const firstLoss = (await first.data())[0];
    first.dispose();
    const held = tf.memory().numTensors;
    let last = 0;
    for (let i = 0; i < 20; i += 1) {
      const loss = step();
      last = (await loss.data())[0];
      loss.dispose();
      expect(tf.memory().numTensors).toBe(held);
    }
    expect(last).toBeLessThan(firstLoss * 0.7);
    optimizer.dispose();
    variable.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('saves and restores its moments: a restored optimizer continues as the first would have', async () => {
    await tf.setBackend('cpu');
    /** `steps` steps on sum(x^2 * [1, 3, 5]) from `start`, by an optimizer restored from `weights` if given. */
    const run = async (start: number[], steps: number, weights?: Awaited<ReturnType<FusedAdam['getWeights']>>) => {
      const optimizer = new FusedAdam(0.5);
      if (weights) await optimizer.setWeights(weights);
      const variable = tf.tidy(() => tf.variable(tf.tensor1d(start), true, 'fused-adam-restore'));
      const scale = tf.tensor1d([1, 3, 5]);
      for (let i = 0; i < steps; i += 1) {
        optimizer.minimize(() => tf.sum(tf.mul(tf.square(variable), scale)) as tf.Scalar, false, [variable]);
      }
      const saved = await optimizer.getWeights();
      const value = Array.from(await variable.data());
      tf.dispose([variable, scale]);
      return { optimizer, saved, value };
    };
    const twoSteps = await run([1, -2, 3], 2);
    const first = await run([1, -2, 3], 1);
    expect(first.saved.map((w) => w.name)).toEqual(['iter', 'fused-adam-restore/m', 'fused-adam-restore/v']);
    const continued = await run(first.value, 1, first.saved);
    const restarted = await run(first.value, 1);
    continued.value.forEach((v, i) => expect(v).toBeCloseTo(twoSteps.value[i], 6));
    expect(restarted.value.some((v, i) => Math.abs(v - twoSteps.value[i]) > 1e-2)).toBe(true);
    for (const r of [twoSteps, first, continued, restarted]) r.optimizer.dispose();
  });
});
