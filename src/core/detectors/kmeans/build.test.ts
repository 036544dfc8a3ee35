import { describe, expect, it } from 'vitest';
import { createRandom } from '../../random';
import { describeClassicalContract } from '../classicalContract';
import { rowsFrom } from '../classical-shared/rows';
import { build } from './build';
import { kmeansPlusPlus, lloyd } from './lloyd';

describeClassicalContract('k-means', build, { clusters: 2 });

describe('k-means', () => {
  it('finds the two cluster centres from a k-means++ start', () => {
    const rows = rowsFrom([[0], [0.2], [-0.2], [10], [10.2], [9.8]]);
    const centres = lloyd(rows, kmeansPlusPlus(rows, 2, createRandom(3)));
    expect(Array.from(centres.data).sort((a, b) => a - b)).toEqual([0, 10].map((v) => expect.closeTo(v, 9)));
  });
});
