import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { fitFreely } from '../classical';
import { describeClassicalContract } from '../classicalContract';
import { build } from './build';

describeClassicalContract('IQR fences', build);

describe('IQR fences', () => {
  it('score 0 on a fence, below 0 inside, in IQR units past it', async () => {
    // One feature, values 1..9: Q1 = 3, Q3 = 7, IQR = 4, fences at 3 - 6 = -3 and 7 + 6 = 13.
    const model = build({ inputSize: 1, seed: 1, params: { iqrk: 1.5 } });
    const train = tf.tensor2d([1, 2, 3, 4, 5, 6, 7, 8, 9], [9, 1]);
    await model.fit(train, fitFreely);
    const probe = tf.tensor2d([13, 5, 21, -7], [4, 1]);
    expect(Array.from(await model.score(probe))).toEqual([0, -2, 2, 1]);
    tf.dispose([train, probe]);
    model.dispose();
  });
});
