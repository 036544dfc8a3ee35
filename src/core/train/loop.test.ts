import { messageText } from '../../i18n/translate';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDenseAutoencoder } from '../detectors/dense-ae/build';
import type { DetectorModel } from '../detectors/model';
import { runTrainingLoop, type LoopControl } from './loop';
import { scoreAll } from './evaluate';

const free: LoopControl = { shouldStop: () => false, waitWhilePaused: async () => {} };
const build = (learningRate = 0.01) =>
  buildDenseAutoencoder({ inputSize: 12, layers: [8], latent: 3, activation: 'relu', learningRate, seed: 3 });
const data = (rows: number) =>
  tf.tensor2d(
    Float32Array.from({ length: rows * 12 }, (_, i) => (Math.cos(i * 0.21) + 1) / 2),
    [rows, 12],
  );

describe('training loop', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('reports per-step losses in batches and per-epoch train and validation loss', async () => {
    const model = build();
    const fit = data(50);
    const validation = data(10);
    const stepLosses: number[] = [];
    const epochs: number[] = [];
    const outcome = await runTrainingLoop(
      model,
      { fit, validation },
      { epochs: 3, batchSize: 16, seed: 1, readbackEvery: 2 },
      free,
      {
        onStepLosses: (losses) => stepLosses.push(...losses),
        onEpochEnd: (r) => {
          expect(r.validationLoss).not.toBeNull();
          epochs.push(r.trainLoss);
        },
      },
    );
    expect(outcome).toMatchObject({ status: 'done', epochsCompleted: 3, steps: 9 }); // 50 rows / 16 = 3 full batches
    expect(stepLosses).toHaveLength(9);
    expect(epochs).toHaveLength(3);
    expect(epochs[2]).toBeLessThan(epochs[0]);
    tf.dispose([fit, validation]);
    model.dispose();
  });

  it('leaks no tensor across runs, resets and scoring', async () => {
    const fit = data(40);
    const once = async () => {
      const model = build();
      await runTrainingLoop(model, { fit, validation: fit }, { epochs: 2, batchSize: 8, seed: 1 }, free);
      await scoreAll(model, fit, 16);
      model.dispose();
    };
    await once();
    const warm = tf.memory().numTensors;
    await once();
    await once();
    expect(tf.memory().numTensors).toBe(warm);
    fit.dispose();
  });

  it('stops when asked, between steps, with the loss of every step reported', async () => {
    const model = build();
    const fit = data(64);
    let steps = 0;
    let reported = 0;
    const counting: DetectorModel = { ...model, trainStep: (batch) => ((steps += 1), model.trainStep(batch)) };
    const outcome = await runTrainingLoop(
      counting,
      { fit, validation: null },
      { epochs: 5, batchSize: 8, seed: 1, readbackEvery: 1 },
      { shouldStop: () => steps >= 3, waitWhilePaused: async () => {} },
      { onStepLosses: (l) => (reported += l.length) },
    );
    expect(outcome.status).toBe('stopped');
    expect(outcome.steps).toBe(3);
    expect(reported).toBe(3);
    fit.dispose();
    model.dispose();
  });

  it('stops on a non-finite loss, keeps the last good weights and says what to try', async () => {
    const model = build();
    const fit = data(32);
    // A model whose loss turns NaN after two good steps.
    let calls = 0;
    const failing: DetectorModel = {
      ...model,
      trainStep: (batch) => {
        calls += 1;
        const loss = model.trainStep(batch);
        if (calls <= 2) return loss;
        loss.dispose();
        return tf.scalar(Number.NaN);
      },
    };
    const outcome = await runTrainingLoop(
      failing,
      { fit, validation: null },
      { epochs: 4, batchSize: 8, seed: 1, readbackEvery: 2 },
      free,
    );
    expect(outcome.status).toBe('diverged');
    if (outcome.status === 'diverged') expect(messageText('en', outcome.message)).toMatch(/learning rate/);
    const scores = await scoreAll(model, fit, 8);
    expect(scores.every(Number.isFinite)).toBe(true);
    fit.dispose();
    model.dispose();
  });

  it('waits while paused', async () => {
    const model = build();
    const fit = data(16);
    let release: () => void = () => {};
    let paused = true;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const run = runTrainingLoop(
      model,
      { fit, validation: null },
      { epochs: 1, batchSize: 8, seed: 1 },
      {
        shouldStop: () => false,
        waitWhilePaused: () => (paused ? gate : Promise.resolve()),
      },
    );
    let finished = false;
    void run.then(() => (finished = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(finished).toBe(false);
    paused = false;
    release();
    expect((await run).status).toBe('done');
    fit.dispose();
    model.dispose();
  });

  it('trains a denoising run on seeded noisy inputs against the clean batch, and a plain run on the batch itself', async () => {
    const fit = data(32);
    for (const noise of [0, 0.5]) {
      const inner = build();
      const gaps: tf.Scalar[] = [];
      const spy: DetectorModel = {
        ...inner,
        trainStep: (input, target) => {
          gaps.push(tf.keep(tf.mean(tf.abs(tf.sub(input, target ?? input))) as tf.Scalar));
          return inner.trainStep(input, target);
        },
      };
      await runTrainingLoop(spy, { fit, validation: null }, { epochs: 2, batchSize: 16, seed: 1, noise }, free);
      const values = await Promise.all(gaps.map(async (g) => (await g.data())[0]));
      tf.dispose(gaps);
      inner.dispose();
      expect(values).toHaveLength(4);
      // Mean |N(0, s)| = s * sqrt(2 / pi); fresh noise every step.
      for (const v of values) expect(v).toBeCloseTo(noise * Math.sqrt(2 / Math.PI), 1);
      if (noise > 0) expect(new Set(values).size).toBe(values.length);
    }
    fit.dispose();
  });
});
