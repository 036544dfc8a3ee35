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
});
