import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, usableComponents } from './build';
import { describeClassicalContract } from '../classicalContract';

/** Rows near a 2-D plane of R^6 (plus a little noise), and rows well off it. */
function planeData(count: number, offset: number) {
  const u = [1, 2, 0, 0, 1, 0];
  const v = [0, 1, -1, 3, 0, 0];
  return Array.from({ length: count }, (_, i) => {
    const a = Math.sin(i * 1.3 + offset) * 2;
    const b = Math.cos(i * 0.7 + offset);
    return u.map((ui, d) => 5 + a * ui + b * v[d] + 0.01 * Math.sin(i * 3.1 + d));
  });
}

describeClassicalContract('PCA', build, { components: 2 });

describe('PCA detector (classical, one pass)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('never keeps as many components as features or rows (every residual would be 0)', () => {
    expect(usableComponents(32, 500, 784)).toBe(32);
    expect(usableComponents(32, 500, 6)).toBe(5);
    expect(usableComponents(32, 10, 784)).toBe(9);
    expect(usableComponents(0, 10, 784)).toBe(1);
  });

  it('scores rows off the training subspace far above rows on it, one score per row', async () => {
    const model = build({ inputSize: 6, seed: 3, params: { components: 2 } });
    const train = tf.tensor2d(planeData(200, 0));
    const progress: number[] = [];
    await model.fit(train, { progress: async (f) => (progress.push(f), true) });
    expect(progress.at(-1)).toBe(1);
    const test = tf.tensor2d([...planeData(5, 0.4), [5, 5, 5, 5, 5, 9], [0, 9, 0, 0, 0, 0]]);
    const scores = await model.score(test);
    expect(scores.length).toBe(7);
    const onPlane = Math.max(...scores.slice(0, 5));
    expect(onPlane).toBeLessThan(1e-3);
    expect(Math.min(scores[5], scores[6])).toBeGreaterThan(100 * onPlane);
    tf.dispose([train, test]);
    model.dispose();
  });

  it('refuses to score before it was fitted', async () => {
    const model = build({ inputSize: 6, seed: 1 });
    const x = tf.zeros([2, 6]) as tf.Tensor2D;
    await expect(model.score(x)).rejects.toThrow(/Fit/);
    x.dispose();
  });

  it('keeps the fewest components explaining the variance share asked for, narrow and wide', async () => {
    for (const width of [6, 300]) {
      // Three directions with variances 9, 4 and 1, plus a little noise elsewhere.
      const rows = Array.from({ length: 400 }, (_, i) =>
        Array.from({ length: width }, (_, f) => {
          const [a, b, c] = [3 * Math.sin(i * 1.1), 2 * Math.cos(i * 0.7), Math.sin(i * 2.9 + 1)];
          const base = f === 0 ? a : f === 1 ? b : f === 2 ? c : 0;
          return base + 0.01 * Math.sin(i * 7.3 + f * 1.9);
        }),
      );
      const train = tf.tensor2d(rows);
      // A row along the third direction: inside a 3-component subspace, outside a 2-component one.
      const probe = tf.tensor2d([Array.from({ length: width }, (_, f) => (f === 2 ? 1.5 : 0))]);
      const scoreWith = async (variance: number) => {
        const model = build({ inputSize: width, seed: 1, params: { components: 5, variance } });
        await model.fit(train, { progress: async () => true });
        const [value] = await model.score(probe);
        model.dispose();
        return value;
      };
      // 9 + 4 of 14 is 93%: a share of 0.9 keeps two components, 0.99 keeps three.
      expect(await scoreWith(0.99), `width ${width}`).toBeLessThan(1e-3);
      expect(await scoreWith(0.9), `width ${width}`).toBeGreaterThan((1.5 * 1.5) / width / 2);
      tf.dispose([train, probe]);
    }
  });
});
