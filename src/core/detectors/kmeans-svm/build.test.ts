import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auroc, buildScoreIndex } from '../../detect/metrics';
import { fitFreely } from '../classical';
import { build } from './build';
import reference from './reference.json';
import { solveTwoClass } from './twoClass';

const rbf = (a: number[], b: number[], gamma: number) =>
  Math.exp(-gamma * a.reduce((sum, v, f) => sum + (v - b[f]) ** 2, 0));

describe('k-means + SVM', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it("solves the two-class SVM as scikit-learn's SVC does (balanced class weights, reference.py)", async () => {
    const { x, y, test, gamma } = reference;
    const n = x.length;
    const kernel = new Float64Array(n * n);
    for (let a = 0; a < n; a += 1) for (let b = 0; b < n; b += 1) kernel[a * n + b] = rbf(x[a], x[b], gamma);
    const labels = Int8Array.from(y);
    const positives = y.filter((v) => v > 0).length;
    const bound = Float64Array.from(y, (v) => n / (2 * (v > 0 ? positives : n - positives)));
    const solution = (await solveTwoClass(kernel, labels, bound))!;
    const support = solution.alpha.filter((a) => a > 0).length;
    expect(support).toBe(reference.supportCount);
    // scikit-learn's intercept is -rho.
    expect(-solution.rho).toBeCloseTo(reference.intercept, 2);
    test.forEach((row, t) => {
      const value = x.reduce((sum, xs, s) => sum + solution.alpha[s] * y[s] * rbf(xs, row, gamma), 0) - solution.rho;
      expect(value).toBeCloseTo(reference.decision[t], 2);
    });
  });

  it('scores with a one-class SVM per cluster without labels, and ranks better with labelled anomalies', async () => {
    // Two clusters of normal rows; anomalies sit between them, nearer the first.
    const random = tf.randomNormal([80, 3], 0, 0.6, 'float32', 1);
    const centres = tf.concat([tf.fill([40, 3], -2), tf.fill([40, 3], 2)]);
    const normal = random.add(centres);
    const anomalies = tf.randomNormal([26, 3], -1, 0.3, 'float32', 2);
    const fit = tf.concat([normal, anomalies.slice([0, 0], [4, 3])]) as tf.Tensor2D;
    const plainFit = normal as tf.Tensor2D;
    const testNormal = tf.randomNormal([20, 3], 0, 0.6, 'float32', 3).add(tf.fill([20, 3], -2));
    const test = tf.concat([testNormal, anomalies.slice([4, 0], [22, 3])]) as tf.Tensor2D;
    const isAnomaly = new Uint8Array(42).fill(1, 20);
    const labels = new Float32Array(84).fill(-1, 80);
    const params = { clusters: 2, nu: 0.2, svmc: 1 };
    const aurocOf = async (withLabels: boolean) => {
      const model = build({ inputSize: 3, seed: 5, params });
      // Without labels the detector sees the normal rows only, as a one-class fit would.
      await model.fit(withLabels ? fit : plainFit, fitFreely, withLabels ? labels : undefined);
      const scores = await model.score(test);
      const again = build({ inputSize: 3, seed: 5, params });
      again.load(await model.save());
      expect(Array.from(await again.score(test))).toEqual(Array.from(scores));
      model.dispose();
      again.dispose();
      return auroc(buildScoreIndex(scores, isAnomaly));
    };
    const unlabelled = await aurocOf(false);
    expect(unlabelled).toBeGreaterThan(0.5);
    expect(await aurocOf(true)).toBeGreaterThan(unlabelled);
    tf.dispose([random, centres, normal, anomalies, fit, testNormal, test]);
  });
});
