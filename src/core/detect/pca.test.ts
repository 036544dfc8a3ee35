import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitPca, pcaScores } from './pca';

describe('PCA detector', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('reconstructs rows of its subspace and flags rows off it', async () => {
    // 200 rows in the plane spanned by two directions of R^6, plus an offset.
    const u = [1, 2, 0, 0, 1, 0];
    const v = [0, 1, -1, 3, 0, 0];
    const rows = Array.from({ length: 200 }, (_, i) => {
      const a = Math.sin(i * 1.3) * 2;
      const b = Math.cos(i * 0.7);
      return u.map((ui, d) => 5 + a * ui + b * v[d]);
    });
    const baseline = tf.memory().numTensors;
    const x = tf.tensor2d(rows);
    const detector = await fitPca(x, 2);
    const inPlane = tf.tensor2d([u.map((ui, d) => 5 + 0.5 * ui - v[d])]);
    const offPlane = tf.tensor2d([[5, 5, 5, 5, 5, 9]]);
    const inScores = pcaScores(detector, inPlane);
    const offScores = pcaScores(detector, offPlane);
    const [inScore] = await inScores.data();
    const [offScore] = await offScores.data();
    expect(inScore).toBeLessThan(1e-6);
    expect(offScore).toBeGreaterThan(1);
    const gramTensor = tf.matMul(detector.components, detector.components, true, false);
    const gram = (await gramTensor.array()) as number[][];
    expect(gram[0][0]).toBeCloseTo(1, 4);
    expect(gram[0][1]).toBeCloseTo(0, 4);
    tf.dispose([x, inPlane, offPlane, inScores, offScores, gramTensor]);
    detector.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
