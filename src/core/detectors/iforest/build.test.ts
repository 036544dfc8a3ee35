import { describe, expect, it } from 'vitest';
import { describeClassicalContract } from '../classicalContract';
import { build } from './build';
import { averagePathLength } from './forest';

describeClassicalContract('Isolation Forest', build, { trees: 50 });

describe('Isolation Forest', () => {
  it('normalises by c(n), the mean unsuccessful-search depth of a binary search tree', () => {
    expect(averagePathLength(1)).toBe(0);
    expect(averagePathLength(2)).toBe(1);
    // c(256) = 2 H(255) - 2·255/256 with H(i) ~ ln(i) + Euler's gamma.
    expect(averagePathLength(256)).toBeCloseTo(2 * (Math.log(255) + 0.5772156649) - (2 * 255) / 256, 9);
  });
});
