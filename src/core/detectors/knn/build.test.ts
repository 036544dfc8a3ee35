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
