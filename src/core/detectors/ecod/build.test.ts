import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitFreely } from '../classical';
import { describeClassicalContract } from '../classicalContract';
import { describeReferenceParity } from '../classical-shared/referenceParity';
import { rowsFrom } from '../classical-shared/rows';
import { build } from './build';
import { fitTails, negativeLogTails } from './tails';

describeClassicalContract('ECOD', build);
describeReferenceParity('ECOD', build, join(__dirname, 'reference.json'));

describe('ECOD tails', () => {
  // One column 1, 2, 2, 3, 10 (right-skewed) and one constant column.
  const rows = rowsFrom([
    [1, 5],
    [2, 5],
    [2, 5],
    [3, 5],
    [10, 5],
  ]);

  it('counts each side of a new value as if it joined the training rows: (k + 1) / (n + 1)', () => {
    const tails = fitTails(rows);
    expect(Array.from(tails.skewSign)).toEqual([1, 0]);
    const left = new Float64Array(2);
    const right = new Float64Array(2);
    negativeLogTails(tails, Float64Array.from([2, 7]), 0, false, left, right);
    // At most 2: three training values, plus the row itself, of six; at least 2: four, plus itself.
    expect(left[0]).toBeCloseTo(-Math.log(4 / 6), 12);
    expect(right[0]).toBeCloseTo(-Math.log(5 / 6), 12);
    // Above a constant column: every value is below it, none above but itself.
    expect(left[1]).toBeCloseTo(0, 12);
    expect(right[1]).toBeCloseTo(-Math.log(1 / 6), 12);
  });

  it('scores a training row in-sample, k / n, so a value shared by all rows has tail 1', () => {
    const tails = fitTails(rows);
    const left = new Float64Array(2);
    const right = new Float64Array(2);
    negativeLogTails(tails, Float64Array.from([10, 5]), 0, true, left, right);
    expect(left[0]).toBeCloseTo(0, 12);
    expect(right[0]).toBeCloseTo(-Math.log(1 / 5), 12);
    expect(left[1]).toBe(-0);
    expect(right[1]).toBe(-0);
  });
});

describe('ECOD scores', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('does not depend on which other rows are scored beside a row', async () => {
    const model = build({ inputSize: 2, seed: 0 });
    const train = tf.tensor2d([
      [0, 1],
      [1, 2],
      [2, 2],
      [3, 4],
      [4, 3],
    ]);
    await model.fit(train, fitFreely);
    const one = tf.tensor2d([[9, 9]]);
    const many = tf.tensor2d([
      [1, 1],
      [9, 9],
      [-3, 0],
    ]);
    expect((await model.score(many))[1]).toBe((await model.score(one))[0]);
    model.dispose();
    tf.dispose([train, one, many]);
  });

  it('refuses rows of another width with a message', async () => {
    const model = build({ inputSize: 2, seed: 0 });
    const train = tf.tensor2d([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    await model.fit(train, fitFreely);
    const wide = tf.tensor2d([[1, 2, 3]]);
    await expect(model.score(wide)).rejects.toThrow(/2 columns, not 3/);
    model.dispose();
    tf.dispose([train, wide]);
  });
});
