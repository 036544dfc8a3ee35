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
  /**
   * Networks that score without remaking their input (a one-class network, a classifier) say so;
   * label-aware ones get these labels for the contract's 8 rows (+1 normal, -1 anomaly, 0 unlabelled);
   * `mismatched`: options whose weights cannot load this model's (default: one more latent unit).
   */
  kind: { reconstructs?: boolean; labels?: readonly number[]; mismatched?: ModelBuildOptions } = {},
): void {
  const rows = 8;
  const reconstructs = kind.reconstructs ?? true;
  const fixedBatch = () =>
    tf.tensor2d(
      Float32Array.from({ length: rows * options.inputSize }, (_, i) => (Math.sin(i * 0.37) + 1) / 2),
      [rows, options.inputSize],
    );
  /** A fresh model, begun on the contract's rows where it fixes something before training. */
  const begun = async () => {
    const model = build(options);
    const x = fixedBatch();
    await model.begin?.(x, rows, kind.labels && Float32Array.from(kind.labels));
    x.dispose();
    return model;
  };
  const step = (model: DetectorModel, x: tf.Tensor2D) => {
    if (!kind.labels) return model.trainStep(x);
    const labels = tf.tensor1d(Array.from(kind.labels));
    const loss = model.trainStep(x, undefined, labels);
    labels.dispose();
    return loss;
  };

  describe(`${name}: the autoencoder contract`, () => {
    beforeAll(async () => {
      await tf.setBackend('cpu');
    });

    it('scores (and reconstructs, where it does) with the right shapes and finite values', async () => {
      const model = await begun();
      const x = fixedBatch();
      expect(Boolean(model.reconstruct)).toBe(reconstructs);
      const reconstruction = model.reconstruct?.(x) ?? tf.zeros([rows, options.inputSize]);
      const scores = model.score(x);
      expect(reconstruction.shape).toEqual([rows, options.inputSize]);
      expect(scores.shape).toEqual([rows]);
      expect(Array.from(await scores.data()).every(Number.isFinite)).toBe(true);
      // A model that encodes (the latent scatter) gives a code `latent` wide per row.
      const codes = model.encode ? tf.tidy(() => model.encode!(x)) : tf.zeros([rows, options.latent]);
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
      const model = await begun();
      const x = fixedBatch();
      const stepValues = async () => {
        const loss = step(model, x);
        const values = Array.from(await loss.data());
        loss.dispose();
        return values;
      };
      if (kind.labels) {
        // A label-aware objective needs the labels: the loss the second step reports is the loss after the first.
        const [first] = await stepValues();
        const [second] = await stepValues();
        expect(Number.isFinite(first)).toBe(true);
        expect(second).toBeLessThan(first);
        x.dispose();
        model.dispose();
        return;
      }
      // The training objective where the model has its own (a VAE's, with fixed draws), else the score.
      const objective = model.objective?.bind(model) ?? model.score.bind(model);
      const meanLoss = async () => {
        const mean = tf.tidy(() => objective(x).mean());
        const [value] = await mean.data();
        mean.dispose();
        return value;
      };
      const before = await meanLoss();
      const reported = await stepValues();
      // One value per step, or the total and then each named part of the loss.
      expect(reported).toHaveLength(1 + (model.lossTerms?.length ?? 0));
      expect(reported.every(Number.isFinite)).toBe(true);
      // A plain autoencoder reports the loss it started from: the batch's mean squared error.
      if (!model.objective && reconstructs) expect(reported[0]).toBeCloseTo(before, 5);
      expect(await meanLoss()).toBeLessThan(before);
      x.dispose();
      model.dispose();
    });

    it('holds a constant number of tensors over training steps, and frees them all on dispose', async () => {
      const baseline = tf.memory().numTensors;
      const model = await begun();
      const x = fixedBatch();
      step(model, x).dispose();
      step(model, x).dispose();
      const warm = tf.memory().numTensors;
      for (let i = 0; i < 10; i += 1) {
        step(model, x).dispose();
        model.score(x).dispose();
      }
      expect(tf.memory().numTensors).toBe(warm);
      x.dispose();
      model.dispose();
      expect(tf.memory().numTensors).toBe(baseline);
    });

    it('comes back from its saved weights (through the project file codec) scoring identically', async () => {
      const model = await begun();
      const x = fixedBatch();
      step(model, x).dispose();
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
      const wrong = build(kind.mismatched ?? { ...options, latent: options.latent + 1 });
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
