import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeAutoencoderContract } from '../autoencoderContract';
import { buildAttentionAutoencoder } from './build';
import { TransformerBlock } from './layers';

const options = {
  inputSize: 10 * 3,
  layers: [],
  latent: 4,
  activation: 'relu' as const,
  learningRate: 0.01,
  seed: 1,
  sequence: { steps: 10, channels: 3 },
  params: { dmodel: 8, heads: 2, blocks: 1 },
};

describeAutoencoderContract('self-attention autoencoder', buildAttentionAutoencoder, options);
describeAutoencoderContract('self-attention autoencoder, 2 blocks of 4 heads', buildAttentionAutoencoder, {
  ...options,
  params: { dmodel: 8, heads: 4, blocks: 2 },
});

describe('transformer block', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('computes softmax(QK^T / sqrt(d)) V per head, then residual + layer norm, as a hand computation does', async () => {
    // One head, width 2, identity projections, zero feed-forward: out = norm(x + softmax(x x^T / sqrt 2) x).
    const block = new TransformerBlock({ heads: 1, hidden: 2, seed: 0 });
    const x = tf.tensor3d([
      [
        [1, 0],
        [0, 2],
        [1, 1],
      ],
    ]);
    block.apply(x); // builds the weights
    const eye = tf.eye(2);
    const zeros = (shape: number[]) => tf.zeros(shape);
    const values = block.getWeights().map((w) => (w.shape.length === 2 && w.shape[0] === w.shape[1] ? eye : w));
    // Order: query, bias, key, bias, value, bias, out, bias, ff1, bias, ff2, bias, norm1 gamma/beta, norm2 gamma/beta.
    values[8] = zeros([2, 2]);
    values[10] = zeros([2, 2]);
    block.setWeights(values);
    const out = Array.from(await (block.apply(x) as tf.Tensor).data());
    const rows = [
      [1, 0],
      [0, 2],
      [1, 1],
    ];
    const expected = rows.flatMap((q) => {
      const logits = rows.map((k) => (q[0] * k[0] + q[1] * k[1]) / Math.SQRT2);
      const top = Math.max(...logits);
      const e = logits.map((l) => Math.exp(l - top));
      const sum = e.reduce((a, b) => a + b);
      const mixed = [0, 1].map((f) => rows.reduce((acc, k, j) => acc + (e[j] / sum) * k[f], 0));
      const y = [q[0] + mixed[0], q[1] + mixed[1]];
      const mean = (y[0] + y[1]) / 2;
      const variance = ((y[0] - mean) ** 2 + (y[1] - mean) ** 2) / 2;
      // The second norm sees a zero feed-forward output: norm(norm(y)) = norm(y) up to epsilon.
      return y.map((v) => (v - mean) / Math.sqrt(variance + 1e-5));
    });
    out.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 2));
    tf.dispose([x, eye]);
  });

  it('refuses a width that does not split into the heads', () => {
    expect(() => buildAttentionAutoencoder({ ...options, params: { dmodel: 10, heads: 3, blocks: 1 } })).toThrow(
      /multiple of the number of heads/,
    );
  });

  it('attends: moving one step changes the reconstruction of the others', async () => {
    const model = buildAttentionAutoencoder(options);
    const base = tf.randomNormal([1, 30], 0, 1, 'float32', 3) as tf.Tensor2D;
    const moved = tf.tidy(() => base.add(tf.oneHot([0], 30).mul(3))) as tf.Tensor2D;
    const a = await model.reconstruct!(base).data();
    const b = await model.reconstruct!(moved).data();
    // The last step's channels depend on the first step's value.
    expect(Math.abs(a[29] - b[29])).toBeGreaterThan(1e-4);
    tf.dispose([base, moved]);
    model.dispose();
  });
});
