import { describe, expect, it } from 'vitest';
import { describeClassicalContract } from '../classicalContract';
import { build, scaleGamma } from './build';
import { solveOneClass } from './smo';

describeClassicalContract('One-Class SVM', build, { nu: 0.2 });

describe('One-Class SVM solver', () => {
  it('keeps the dual feasible: 0 <= alpha <= 1, sum = nu n', async () => {
    const n = 30;
    const points = Array.from({ length: n }, (_, i) => [Math.sin(i), Math.cos(i * 0.7)]);
    const q = new Float64Array(n * n);
    points.forEach((a, i) =>
      points.forEach((b, j) => (q[i * n + j] = Math.exp(-((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2)))),
    );
    const solution = (await solveOneClass(q, n, 0.3))!;
    expect(solution.alpha.every((a) => a >= 0 && a <= 1)).toBe(true);
    expect(solution.alpha.reduce((s, a) => s + a, 0)).toBeCloseTo(0.3 * n, 9);
    expect(Number.isFinite(solution.rho)).toBe(true);
  });

  it("takes gamma = 1 / (features x variance), or 1 for constant data, as scikit-learn's 'scale'", () => {
    expect(scaleGamma(Float64Array.from([0, 2, 0, 2]), 2)).toBeCloseTo(0.5, 12);
    expect(scaleGamma(Float64Array.from([3, 3, 3]), 3)).toBe(1);
  });
});
