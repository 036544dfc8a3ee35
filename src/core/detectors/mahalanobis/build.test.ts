import { describe, expect, it } from 'vitest';
import { describeClassicalContract } from '../classicalContract';
import { rowsFrom } from '../classical-shared/rows';
import { build } from './build';
import { ledoitWolf } from './ledoitWolf';

describeClassicalContract('Mahalanobis', build);

describe('Ledoit-Wolf covariance', () => {
  it('shrinks little with many rows of few features, and stays invertible with more features than rows', () => {
    const many = rowsFrom(Array.from({ length: 400 }, (_, i) => [Math.sin(i), Math.cos(i * 1.3) * 2]));
    expect(ledoitWolf(many).shrinkage).toBeLessThan(0.1);
    const wide = rowsFrom(
      Array.from({ length: 4 }, (_, i) => Array.from({ length: 10 }, (_, f) => Math.sin(i * 3 + f))),
    );
    const { covariance, shrinkage } = ledoitWolf(wide);
    expect(shrinkage).toBeGreaterThan(0);
    for (let i = 0; i < 10; i += 1) expect(covariance[i * 10 + i]).toBeGreaterThan(0);
  });
});
