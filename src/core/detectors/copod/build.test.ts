import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitFreely } from '../classical';
import { describeClassicalContract } from '../classicalContract';
import { describeReferenceParity } from '../classical-shared/referenceParity';
import { build } from './build';
import { build as buildEcod } from '../ecod/build';

describeClassicalContract('COPOD', build);
describeReferenceParity('COPOD', build, join(__dirname, 'reference.json'));

describe('COPOD against ECOD on the same tails', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('reads a left-skewed column from its left tail, where ECOD takes the larger tail', async () => {
    // Column 0 is left-skewed (a long tail of low values); a new row sits at its high end.
    const train = tf.tensor2d([[-20], [0], [1], [1], [2], [2], [2], [3]]);
    const probe = tf.tensor2d([[4]]);
    const copod = build({ inputSize: 1, seed: 0 });
    const ecod = buildEcod({ inputSize: 1, seed: 0 });
    await copod.fit(train, fitFreely);
    await ecod.fit(train, fitFreely);
    // Left tail: all 8 + itself of 9 -> 0; right tail: itself alone -> log 9.
    expect((await ecod.score(probe))[0]).toBeCloseTo(Math.log(9), 6);
    // COPOD: max(left = 0, mean of the tails = log 9 / 2).
    expect((await copod.score(probe))[0]).toBeCloseTo(Math.log(9) / 2, 6);
    copod.dispose();
    ecod.dispose();
    tf.dispose([train, probe]);
  });
});
