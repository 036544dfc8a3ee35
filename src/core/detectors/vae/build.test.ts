import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeAutoencoderContract } from '../autoencoderContract';
import { configFromQuery, configToQuery } from '../../configQuery';
import { buildVae } from './build';
import { klDivergence } from './variational';

const options = {
  inputSize: 24,
  layers: [16],
  latent: 3,
  activation: 'relu' as const,
  learningRate: 0.01,
  seed: 4,
  params: { beta: 1, vaescore: 'recon' },
};

describeAutoencoderContract('variational autoencoder', buildVae, options);
describeAutoencoderContract('variational autoencoder scored by negative ELBO, on table values', buildVae, {
  ...options,
  layers: [],
  outputActivation: 'linear',
  params: { beta: 4, vaescore: 'elbo' },
});

describe('variational autoencoder', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('computes the KL term of a diagonal Gaussian against N(0, I) as by hand', async () => {
    const mean = tf.tensor2d([
      [0, 0],
      [1, -2],
    ]);
    const logVar = tf.tensor2d([
      [0, 0],
      [Math.log(4), Math.log(0.25)],
    ]);
    // Per dimension: (var + mean^2 - 1 - log var) / 2.
    const byHand = [0, (4 + 1 - 1 - Math.log(4)) / 2 + (0.25 + 4 - 1 - Math.log(0.25)) / 2];
    const kl = klDivergence(mean, logVar);
    const values = Array.from(await kl.data());
    values.forEach((v, i) => expect(v).toBeCloseTo(byHand[i], 5));
    tf.dispose([mean, logVar, kl]);
  });

  it('reports total = reconstruction + beta x KL, and beta changes only the weight of the KL', async () => {
    const x = tf.tidy(() => tf.randomUniform([8, 24], 0, 1, 'float32', 3) as tf.Tensor2D);
    const parts = async (beta: number) => {
      const model = buildVae({ ...options, params: { beta, vaescore: 'recon' } });
      const loss = model.trainStep(x);
      const values = Array.from(await loss.data());
      loss.dispose();
      model.dispose();
      return values;
    };
    const [total1, reconstruction1, kl1] = await parts(1);
    const [total5, reconstruction5, kl5] = await parts(5);
    expect(total1).toBeCloseTo(reconstruction1 + kl1, 4);
    expect(total5).toBeCloseTo(reconstruction5 + 5 * kl5, 4);
    // The first step starts from the same weights and draws: the parts agree, only the total differs.
    expect(reconstruction5).toBeCloseTo(reconstruction1, 4);
    expect(kl5).toBeCloseTo(kl1, 5);
    x.dispose();
  });

  it('scores by negative ELBO above the reconstruction NLL alone, reproducibly, and decodes codes to items', async () => {
    const x = tf.tidy(() => tf.randomUniform([6, 24], 0, 1, 'float32', 5) as tf.Tensor2D);
    const recon = buildVae(options);
    const elbo = buildVae({ ...options, params: { beta: 1, vaescore: 'elbo' } });
    const [a, b, c] = await Promise.all([recon.score(x).data(), recon.score(x).data(), elbo.score(x).data()]);
    expect(Array.from(a)).toEqual(Array.from(b));
    // Per-pixel squared error of probabilities is below 1; a summed Bernoulli NLL plus KL is far above.
    for (let i = 0; i < 6; i += 1) {
      expect(a[i]).toBeLessThan(1);
      expect(c[i]).toBeGreaterThan(24 * 0.3);
    }
    const decoded = recon.decode!(tf.zeros([5, options.latent]));
    expect(decoded.shape).toEqual([5, 24]);
    const pixels = await decoded.data();
    expect(pixels.every((v) => v > 0 && v < 1)).toBe(true);
    tf.dispose([x, decoded]);
    recon.dispose();
    elbo.dispose();
  });

  it('reads beta and the score from the URL, with its own defaults', () => {
    const { config, ignored } = configFromQuery(new URLSearchParams('model=vae&beta=4&vaescore=elbo'));
    expect(ignored).toEqual([]);
    const beta: number = config.beta;
    const score: 'recon' | 'elbo' = config.vaescore;
    expect([beta, score]).toEqual([4, 'elbo']);
    expect(configToQuery(config)).toBe('model=vae&beta=4&vaescore=elbo');
    expect(configFromQuery(new URLSearchParams('beta=-1')).ignored).toHaveLength(1);
  });
});
