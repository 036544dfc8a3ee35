import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { gaussianWeights, rowViewFor, viewRows } from './rowView';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe("k-NN's row view", () => {
  it('samples the Gaussian out to 3 sigma and sums to 1', () => {
    // sigma 1: radius 3, weights proportional to exp(-x^2 / 2) for x = -3..3.
    const raw = [-3, -2, -1, 0, 1, 2, 3].map((x) => Math.exp(-(x * x) / 2));
    const total = raw.reduce((a, b) => a + b, 0);
    const weights = Array.from(gaussianWeights(1));
    expect(weights).toHaveLength(7);
    weights.forEach((w, i) => expect(w).toBeCloseTo(raw[i] / total, 6));
    expect(gaussianWeights(0.5)).toHaveLength(5);
  });

  it('blurs an image point into the outer product of the weights, cut off by the border', async () => {
    const side = 9;
    const image = new Float32Array(side * side);
    image[4 * side + 4] = 1;
    const weights = gaussianWeights(1);
    const out = viewRows(tf.tensor2d(image, [1, side * side]), { side, blur: 1, cosine: false });
    const values = await out.data();
    for (let r = 0; r < side; r += 1) {
      for (let c = 0; c < side; c += 1) {
        const expected = Math.abs(r - 4) <= 3 && Math.abs(c - 4) <= 3 ? weights[r - 1] * weights[c - 1] : 0;
        expect(values[r * side + c]).toBeCloseTo(expected, 6);
      }
    }
    // Near the border the zero padding loses what falls outside.
    image.fill(0);
    image[0] = 1;
    const corner = viewRows(tf.tensor2d(image, [1, side * side]), { side, blur: 1, cosine: false });
    const total = corner.sum();
    const kept = (await total.data())[0];
    const inside = weights.slice(3).reduce((a, b) => a + b, 0) ** 2;
    expect(kept).toBeCloseTo(inside, 5);
    tf.dispose([out, corner, total]);
  });

  it('scales rows to unit length for cosine, leaves a blank row at the origin, and never keeps the input', async () => {
    const x = tf.tensor2d([3, 4, 0, 0], [2, 2]);
    const unit = viewRows(x, { side: 0, blur: 0, cosine: true });
    Array.from(await unit.data()).forEach((v, i) => expect(v).toBeCloseTo([0.6, 0.8, 0, 0][i], 6));
    const same = viewRows(x, { side: 0, blur: 0, cosine: false });
    expect(same).not.toBe(x);
    expect(Array.from(await same.data())).toEqual([3, 4, 0, 0]);
    tf.dispose([x, unit, same]);
  });

  it('is cosine on images and Euclidean on rows under auto, and blurs images only', () => {
    expect(rowViewFor('auto', 1, 28)).toEqual({ side: 28, blur: 1, cosine: true });
    expect(rowViewFor('auto', 1, undefined)).toEqual({ side: 0, blur: 0, cosine: false });
    expect(rowViewFor('euclidean', 0, 28)).toEqual({ side: 28, blur: 0, cosine: false });
    expect(rowViewFor('cosine', 2, undefined)).toEqual({ side: 0, blur: 0, cosine: true });
  });
});
