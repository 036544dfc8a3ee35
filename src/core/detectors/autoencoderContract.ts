import { message, MessageError } from '../messages';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DetectorModel, ModelBuildOptions } from './model';
import { decodePlain, encodePlain } from '../project/plainData';
import { loadAutoencoderWeights, saveAutoencoder } from './autoencoder-shared/saved';

/**
 * What every autoencoder detector must do, as tests its folder runs with its own builder and
 * options (imported by `<folder>/build.test.ts` only; never part of the app).
 */
export function describeAutoencoderContract(
  name: string,
  build: (options: ModelBuildOptions) => DetectorModel,
  options: ModelBuildOptions,
): void {
  const rows = 8;
  const fixedBatch = () =>
    tf.tensor2d(
      Float32Array.from({ length: rows * options.inputSize }, (_, i) => (Math.sin(i * 0.37) + 1) / 2),
      [rows, options.inputSize],
    );

  describe(`${name}: the autoencoder contract`, () => {
    beforeAll(async () => {
      await tf.setBackend('cpu');
    });

    it('reconstructs and scores with the right shapes and finite values', async () => {
      const model = build(options);
      const x = fixedBatch();
      const reconstruction = model.reconstruct(x);
      const scores = model.score(x);
      expect(reconstruction.shape).toEqual([rows, options.inputSize]);
      expect(scores.shape).toEqual([rows]);
      expect(Array.from(await scores.data()).every(Number.isFinite)).toBe(true);
      const codes = tf.tidy(() => model.encode!(x));
      expect(codes.shape).toEqual([rows, options.latent]);
      tf.dispose([x, reconstruction, scores, codes]);
      model.dispose();
    });

    it('is reproducible for a seed', async () => {
      const a = build(options);
      const b = build(options);
      expect(Array.from(await a.weights()[0].data())).toEqual(Array.from(await b.weights()[0].data()));
      a.dispose();
      b.dispose();
    });

    it('lowers the loss on a fixed batch with one training step', async () => {
      const model = build(options);
      const x = fixedBatch();
      // The training objective where the model has its own (a VAE's, with fixed draws), else the score.
      const objective = model.objective?.bind(model) ?? model.score.bind(model);
      const meanLoss = async () => {
        const mean = tf.tidy(() => objective(x).mean());
        const [value] = await mean.data();
        mean.dispose();
        return value;
      };
      const before = await meanLoss();
      const stepLoss = model.trainStep(x);
      const reported = Array.from(await stepLoss.data());
      stepLoss.dispose();
      // One value per step, or the total and then each named part of the loss.
      expect(reported).toHaveLength(1 + (model.lossTerms?.length ?? 0));
      expect(reported.every(Number.isFinite)).toBe(true);
      // A plain autoencoder reports the loss it started from: the batch's mean squared error.
      if (!model.objective) expect(reported[0]).toBeCloseTo(before, 5);
      expect(await meanLoss()).toBeLessThan(before);
      x.dispose();
      model.dispose();
    });

    it('holds a constant number of tensors over training steps, and frees them all on dispose', () => {
      const baseline = tf.memory().numTensors;
      const model = build(options);
      const x = fixedBatch();
      model.trainStep(x).dispose();
      model.trainStep(x).dispose();
      const warm = tf.memory().numTensors;
      for (let i = 0; i < 10; i += 1) {
        model.trainStep(x).dispose();
        model.score(x).dispose();
      }
      expect(tf.memory().numTensors).toBe(warm);
      x.dispose();
      model.dispose();
      expect(tf.memory().numTensors).toBe(baseline);
    });

    it('comes back from its saved weights (through the project file codec) scoring identically', async () => {
      const model = build(options);
      const x = fixedBatch();
      model.trainStep(x).dispose();
      const expected = await scoresOf(model, x);
      const saved = await saveAutoencoder('contract', model);
      const state = decodePlain(JSON.parse(JSON.stringify(encodePlain(saved.state))));
      model.dispose();
      const baseline = tf.memory().numTensors;
      // A fresh build starts from its initial weights: only the saved ones give the trained scores.
      const reopened = build(options);
      expect(await scoresOf(reopened, x)).not.toEqual(expected);
      loadAutoencoderWeights(reopened, state);
      expect(await scoresOf(reopened, x)).toEqual(expected);
      const wrong = build({ ...options, latent: options.latent + 1 });
      expect(() => loadAutoencoderWeights(wrong, state)).toThrow(new MessageError(message('err.core.weightsMismatch')));
      wrong.dispose();
      reopened.dispose();
      expect(tf.memory().numTensors).toBe(baseline);
      x.dispose();
    });
  });
}

async function scoresOf(model: DetectorModel, x: tf.Tensor2D): Promise<number[]> {
  const scores = model.score(x);
  const values = Array.from(await scores.data());
  scores.dispose();
  return values;
}
