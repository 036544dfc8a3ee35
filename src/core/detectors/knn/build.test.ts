import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { fitFreely } from '../classical';
import { describeClassicalContract } from '../classicalContract';
import { build } from './build';

describeClassicalContract('k-NN', build, { neighbors: 3 });

describe('k-NN', () => {
  it('scores a training row by its k-th neighbour other than itself, and says when k is too large', async () => {
    const model = build({ inputSize: 1, seed: 1, params: { neighbors: 2 } });
    const train = tf.tensor2d([0, 1, 3, 10], [4, 1]);
    await model.fit(train, fitFreely);
    // 0: neighbours 1, 3 -> 3; 1: 0, 3 -> 2; 3: 1, 0 -> 3; 10: 3, 1 -> 9.
    expect(Array.from(await model.trainingScores!())).toEqual([3, 2, 3, 9]);
    const probe = tf.tensor2d([2], [1, 1]);
    expect(Array.from(await model.score(probe))).toEqual([1]);
    const tooMany = build({ inputSize: 1, seed: 1, params: { neighbors: 4 } });
    await expect(tooMany.fit(train, fitFreely)).rejects.toThrow(/only 4 training rows/);
    tf.dispose([train, probe]);
    model.dispose();
  });
});

describe('k-NN on images', () => {
  /** 8x8 images: a bar in row `at`, of brightness `ink`. */
  const bar = (at: number, ink = 1) => Array.from({ length: 64 }, (_, i) => (Math.floor(i / 8) === at ? ink : 0));

  it('compares shapes, not ink (cosine), and sees a bar moved by a row as near (blur)', async () => {
    const options = { inputSize: 64, seed: 1, imageSide: 8, params: { neighbors: 1, metric: 'auto', blur: 1 } };
    const model = build(options);
    const train = tf.tensor2d([bar(2), bar(3), bar(4)]);
    await model.fit(train, fitFreely);
    // A fainter bar is the same shape: cosine distance 0. A bar one row down from the last is near;
    // a column is far.
    const column = Array.from({ length: 64 }, (_, i) => (i % 8 === 3 ? 1 : 0));
    const probe = tf.tensor2d([bar(3, 0.2), bar(5), column]);
    const [faint, shifted, far] = Array.from(await model.score(probe));
    expect(faint).toBeCloseTo(0, 6);
    expect(shifted).toBeGreaterThan(0.05);
    expect(far).toBeGreaterThan(2 * shifted);
    // Without the blur, a bar a row away shares no pixel with any training bar: distance 1 (orthogonal).
    const sharp = build({ ...options, params: { ...options.params, blur: 0 } });
    await sharp.fit(train, fitFreely);
    expect((await sharp.score(probe))[1]).toBeCloseTo(1, 6);

    // Saved and loaded into a build that was told nothing about images: the same view, the same scores.
    const reopened = build({ inputSize: 64, seed: 1, params: { neighbors: 1 } });
    reopened.load(await model.save());
    expect(Array.from(await reopened.score(probe))).toEqual([faint, shifted, far]);
    const tensors = tf.memory().numTensors;
    await reopened.score(probe);
    expect(tf.memory().numTensors).toBe(tensors);
    tf.dispose([train, probe]);
    for (const m of [model, sharp, reopened]) m.dispose();
  });

  it('opens a k-NN saved before the row view existed as the Euclidean detector it was', async () => {
    const model = build({ inputSize: 1, seed: 1, params: { neighbors: 1 } });
    const train = tf.tensor2d([0, 1, 3], [3, 1]);
    await model.fit(train, fitFreely);
    const { search } = (await model.save()) as unknown as { search: never };
    const legacy = build({ inputSize: 1, seed: 1, params: { neighbors: 1 } });
    legacy.load(search);
    const probe = tf.tensor2d([2.5], [1, 1]);
    expect(Array.from(await legacy.score(probe))).toEqual([0.5]);
    tf.dispose([train, probe]);
    model.dispose();
    legacy.dispose();
  });
});
