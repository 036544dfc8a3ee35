import { message, MessageError } from '../messages';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type LabConfig } from '../config';
import { auroc, buildScoreIndex } from '../detect/metrics';
import { syntheticDigits } from './syntheticDigits';
import { detectorsOf } from '../detectors/registry';
import { decodePlain, encodePlain } from '../project/plainData';
import { LabSession, type RunCheckpoint, type ScoreResult, type SessionEvents } from './session';

const config = (overrides: Partial<LabConfig> = {}): LabConfig => ({
  ...defaultConfig(),
  layers: [16],
  latent: 4,
  epochs: 4,
  batch: 16,
  lr: 0.01,
  ...overrides,
});

function recorder() {
  const seen = { losses: 0, epochs: 0, samples: 0, scores: [] as ScoreResult[] };
  let scoreWaiters: (() => void)[] = [];
  const events: SessionEvents = {
    onStepLosses: (l) => (seen.losses += l.length),
    onEpoch: () => (seen.epochs += 1),
    onSamples: () => (seen.samples += 1),
    onScores: (s) => {
      seen.scores.push(s);
      scoreWaiters.forEach((wake) => wake());
      scoreWaiters = [];
    },
  };
  /** Resolves on the next scores event: tests wait on what the session does, not on a clock. */
  const nextScores = () => new Promise<void>((resolve) => scoreWaiters.push(resolve));
  return { seen, events, nextScores };
}

describe('lab session', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('prepares the split with display data for the page', () => {
    const session = new LabSession();
    session.setDataset(syntheticDigits());
    const prepared = session.prepare(config());
    expect(prepared.counts.testNormal + prepared.counts.testAnomalous).toBe(prepared.testLabels.length);
    expect(prepared.testImages.length).toBe(prepared.testLabels.length * 64);
    expect(prepared.sampleRows).toHaveLength(8);
    session.dispose();
  });

  it('trains, streams progress, and scores a detector that separates the classes', async () => {
    const session = new LabSession();
    session.setDataset(syntheticDigits());
    const { seen, events } = recorder();
    const outcome = await session.train(config(), events);
    expect(outcome.status).toBe('done');
    expect(seen.epochs).toBe(4);
    expect(seen.samples).toBe(5); // before training and after each epoch
    const prepared = session.prepare(config());
    const final = seen.scores[seen.scores.length - 1];
    expect(final.testScores.length).toBe(prepared.testLabels.length);
    expect(final.trainScores.length).toBe(prepared.counts.train);
    expect(auroc(buildScoreIndex(final.testScores, prepared.testIsAnomaly))).toBeGreaterThan(0.9);
    session.dispose();
  });

  it('checkpoints an autoencoder each epoch, and a fresh session resumes from one (its weights; a fresh optimizer)', async () => {
    const checkpoints: RunCheckpoint[] = [];
    const wholeLosses: number[] = [];
    const whole = new LabSession();
    whole.setDataset(syntheticDigits());
    const full = recorder();
    await whole.train(config(), {
      ...full.events,
      onEpoch: (r) => wholeLosses.push(r.trainLoss),
      onCheckpoint: (c) => checkpoints.push(c),
    });
    expect(checkpoints.map((c) => c.epoch)).toEqual([1, 2, 3, 4]);
    whole.dispose();

    // A fresh session (a fresh worker after a fault) resumes after epoch 2: epochs 3 and 4 only.
    const resumed = new LabSession();
    resumed.setDataset(syntheticDigits());
    const epochs: { epoch: number; loss: number }[] = [];
    const rest = recorder();
    const outcome = await resumed.train(
      config(),
      { ...rest.events, onEpoch: (r) => epochs.push({ epoch: r.epoch, loss: r.trainLoss }) },
      undefined,
      checkpoints[1],
    );
    expect(outcome.status).toBe('done');
    expect(epochs.map((e) => e.epoch)).toEqual([3, 4]);
    // It continues from the trained weights (Adam's moments start afresh, a small bump): its first
    // epoch is already below the uninterrupted run's first.
    expect(epochs[0].loss).toBeLessThan(wholeLosses[0]);
    const prepared = resumed.prepare(config());
    const final = rest.seen.scores[rest.seen.scores.length - 1];
    expect(auroc(buildScoreIndex(final.testScores, prepared.testIsAnomaly))).toBeGreaterThan(0.9);
    resumed.dispose();
  });

  it('pauses with a scoring snapshot, resumes, and frees every tensor on reset and dispose', async () => {
    const baseline = tf.memory().numTensors;
    const session = new LabSession();
    session.setDataset(syntheticDigits());
    const { seen, events, nextScores } = recorder();
    const run = session.train(config({ epochs: 30 }), events);
    const scoredAtPause = nextScores();
    session.pause();
    await scoredAtPause;
    expect(seen.scores.length).toBe(1);
    expect(seen.epochs).toBeLessThan(30);
    session.resume();
    session.stop();
    expect((await run).status).toBe('stopped');
    await session.reset();
    expect(session.hasModel).toBe(false);
    await session.train(config({ epochs: 1 }), events);
    await session.reset();
    session.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('takes an image set and a table through one entry: a new set or split rebuilds, the same one does not', async () => {
    const session = new LabSession();
    const { events } = recorder();
    session.setDataset(syntheticDigits());
    const first = session.prepare(config());
    const tensorsAfterFirst = tf.memory().numTensors;
    session.prepare(config());
    expect(tf.memory().numTensors).toBe(tensorsAfterFirst); // the same split: nothing remade
    // Another image set of the same shape: its split is drawn from its own labels.
    session.setDataset(syntheticDigits(20));
    const second = session.prepare(config());
    expect(second.counts.train).toBeLessThan(first.counts.train);
    // A table run through the same entry, then training follows the table, not the image split.
    const width = 64;
    const rows = (n: number, v: number) => new Float32Array(n * width).fill(v);
    session.setTrainingSet('table A', () => ({
      featureCount: width,
      fit: rows(40, 0.2),
      validation: rows(4, 0.2),
      test: rows(10, 0.5),
      samples: rows(2, 0.5),
      outputActivation: 'sigmoid',
      testIsAnomaly: new Uint8Array(10),
    }));
    const scores: ScoreResult[] = [];
    await session.train(config({ epochs: 1 }), { ...events, onScores: (s) => void scores.push(s) });
    expect(scores[scores.length - 1].testScores).toHaveLength(10);
    session.dispose();
  });

  it('fits a one-pass detector on every training item, reports its progress, scores, and frees it', async () => {
    const baseline = tf.memory().numTensors;
    const session = new LabSession();
    session.setDataset(syntheticDigits());
    const { seen, events } = recorder();
    const progress: [number, number][] = [];
    const outcome = await session.train(config({ model: 'pca', components: 4 }), {
      ...events,
      onProgress: (done, total) => void progress.push([done, total]),
    });
    expect(outcome.status).toBe('done');
    expect(progress.at(-1)).toEqual([100, 100]);
    expect(seen.epochs).toBe(0); // no epochs, no loss: nothing for the loss chart
    const prepared = session.prepare(config());
    const final = seen.scores.at(-1)!;
    expect(final.testScores).toHaveLength(prepared.testLabels.length);
    expect(final.trainScores).toHaveLength(prepared.counts.train);
    expect(auroc(buildScoreIndex(final.testScores, prepared.testIsAnomaly))).toBeGreaterThan(0.9);
    expect(session.hasModel).toBe(true);
    await session.reset();
    expect(session.hasModel).toBe(false);
    session.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('stops a one-pass fit when asked, without scores', async () => {
    const session = new LabSession();
    session.setDataset(syntheticDigits());
    const { seen, events } = recorder();
    const run = session.train(config({ model: 'pca' }), events);
    session.stop();
    expect((await run).status).toBe('stopped');
    expect(seen.scores).toHaveLength(0);
    session.dispose();
  });

  it('runs several one-pass detectors on the split beside the current model, each with its scores and times', async () => {
    const baseline = tf.memory().numTensors;
    const session = new LabSession();
    session.setDataset(syntheticDigits());
    const { events } = recorder();
    await session.train(config({ epochs: 1 }), events);
    const results: { id: string; auroc: number; fitMs: number; train: number }[] = [];
    const percents = new Map<string, number>();
    const prepared = session.prepare(config());
    const outcome = await session.scoreClassical(['zscore', 'knn', 'dense-ae', 'pca'], config({ neighbors: 3 }), {
      onProgress: (id, percent) => void percents.set(id, percent),
      onResult: (r) =>
        void results.push({
          id: r.id,
          auroc: auroc(buildScoreIndex(r.testScores, prepared.testIsAnomaly)),
          fitMs: r.fitMs,
          train: r.trainScores.length,
        }),
    });
    expect(outcome.status).toBe('done');
    // Only the classical ones run; each reports its fit to 100%.
    expect(results.map((r) => r.id)).toEqual(['zscore', 'knn', 'pca']);
    expect([...percents.values()]).toEqual([100, 100, 100]);
    for (const r of results) {
      expect(r.auroc, r.id).toBeGreaterThan(0.8);
      expect(r.fitMs).toBeGreaterThanOrEqual(0);
      expect(r.train).toBe(prepared.counts.train);
    }
    expect(session.hasModel).toBe(true); // the autoencoder trained before is still the current model
    session.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('trains the ensemble: every classical detector reported as it finishes, then their mean rank as the scores', async () => {
    const session = new LabSession();
    session.setDataset(syntheticDigits());
    const { seen, events } = recorder();
    const members: string[] = [];
    const progress: number[] = [];
    const outcome = await session.train(config({ model: 'ensemble', neighbors: 3, components: 4 }), {
      ...events,
      onClassicalResult: (r) => void members.push(r.id),
      onProgress: (done) => void progress.push(done),
    });
    expect(outcome.status).toBe('done');
    const classical = detectorsOf('classical').map((d) => d.id);
    expect(members).toEqual(classical);
    expect(progress).toEqual([...progress].sort((a, b) => a - b)); // one bar, never going back
    expect(progress.at(-1)).toBe(100);
    const prepared = session.prepare(config());
    const final = seen.scores.at(-1)!;
    expect(final.timing!.fitMs).toBeGreaterThan(0);
    expect(final.testScores.every((v) => v > 0 && v <= 1)).toBe(true);
    expect(auroc(buildScoreIndex(final.testScores, prepared.testIsAnomaly))).toBeGreaterThan(0.9);
    session.dispose();
  });

  it('runs each classical detector with its own defaults unless the user set the field (LOF: k = 20)', async () => {
    const session = new LabSession();
    session.setDataset(syntheticDigits());
    const noop = { onProgress: () => {}, onResult: () => {} };
    // 15 training rows: enough for k-NN's k = 5, too few for LOF's own k = 20.
    await expect(session.scoreClassical(['knn'], config({ limit: 15 }), noop)).resolves.toMatchObject({
      status: 'done',
    });
    await expect(session.scoreClassical(['lof'], config({ limit: 15 }), noop)).rejects.toThrow(/15 training rows/);
    // A k the user chose applies to every neighbour-based detector.
    await expect(session.scoreClassical(['lof'], config({ limit: 15, neighbors: 6 }), noop)).resolves.toMatchObject({
      status: 'done',
    });
    session.dispose();
  });

  it.each([
    ['dense-ae', {}],
    ['iforest', { trees: 20 }],
    ['ensemble', { neighbors: 3, components: 4 }],
  ] as const)('saves a trained %s; a new session opens it and scores the split identically', async (model, extra) => {
    const run = config({ model, ...extra });
    const first = new LabSession();
    first.setDataset(syntheticDigits());
    const trained = recorder();
    await first.train(run, trained.events);
    const saved = decodePlain(JSON.parse(JSON.stringify(encodePlain((await first.saveDetector()) as never))));
    first.dispose();
    const baseline = tf.memory().numTensors;
    const second = new LabSession();
    second.setDataset(syntheticDigits());
    const reopened = recorder();
    await second.openDetector(run, saved as never, reopened.events);
    const [expected, got] = [trained.seen.scores.at(-1)!, reopened.seen.scores.at(-1)!];
    expect(Array.from(got.testScores)).toEqual(Array.from(expected.testScores));
    expect(Array.from(got.trainScores)).toEqual(Array.from(expected.trainScores));
    expect(reopened.seen.samples).toBe(model === 'dense-ae' ? 1 : 0); // a forest has no reconstruction to show
    // New rows are scored as the split was: the test rows, given as another file's rows, score the same.
    const prepared = second.prepare(run);
    const rows = Float32Array.from(prepared.testImages, (v) => v / 255);
    const asNewFile = await second.scoreRows(rows, prepared.testLabels.length);
    expect(Array.from(asNewFile)).toEqual(Array.from(expected.testScores));
    // Another detector's state is refused with a reason, and the opened one stays.
    await expect(second.openDetector(config({ model: 'zscore' }), saved as never, reopened.events)).rejects.toThrow(
      /cannotRestore/,
    );
    await expect(second.saveDetector()).resolves.toMatchObject({ id: model });
    second.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('says what cannot be saved: nothing trained yet', async () => {
    const session = new LabSession();
    await expect(session.saveDetector()).rejects.toThrow(new MessageError(message('err.core.saveUntrained')));
  });

  it('retrains with feedback: confirmed anomalies out of a contaminated training set, and AUROC rises', async () => {
    // Plain Euclidean k-NN: the image view (blur + cosine) would see through part of the contamination
    // on its own, and this test is about what feedback adds.
    const run = config({ model: 'knn', neighbors: 1, metric: 'euclidean', blur: 0, contamination: 15 });
    const session = new LabSession();
    // Each anomalous class a pattern of its own (a row lit): training items of a class make its test items look normal.
    const digits = syntheticDigits(40);
    digits.labels.forEach((label, i) => {
      if (label === 1) return;
      for (let p = 0; p < 64; p += 1) digits.pixels[i * 64 + p] = Math.floor(p / 8) === label % 8 ? 240 : (i * p) % 17;
    });
    session.setDataset(digits);
    const prepared = session.prepare(run);
    const before = recorder();
    await session.train(run, before.events);
    const trained = before.seen.scores.at(-1)!;
    const aurocOf = (scores: Float32Array) => auroc(buildScoreIndex(scores, prepared.testIsAnomaly));
    // The user goes through the training items, oddest first, and marks those that are not normal (two of one
    // anomalous class look normal to each other, so those come last).
    const positions = Array.from(trained.trainScores.keys()).sort(
      (a, b) => trained.trainScores[b] - trained.trainScores[a],
    );
    const shown = positions;
    const { labels } = session.trainingItems(shown);
    const anomalyTrain = shown.filter((_, i) => !run.normal.includes(labels[i]));
    expect(anomalyTrain.length).toBeGreaterThan(3);
    const after = recorder();
    await session.train(run, after.events, { anomalyTrain, anomalyTest: [], normalTest: [] });
    const retrained = after.seen.scores.at(-1)!;
    // Scored on the same split, so the two are comparable.
    expect(retrained.testScores.length).toBe(trained.testScores.length);
    expect(retrained.trainScores.length).toBe(trained.trainScores.length);
    // Training scores stay leave-one-out: a kept row does not find itself (a self-match would score 0).
    expect(retrained.trainScores.every((v) => v > 0)).toBe(true);
    expect(aurocOf(trained.testScores)).toBeLessThan(0.8);
    expect(aurocOf(retrained.testScores)).toBeGreaterThan(0.95);
    // Marking every training item as an anomaly leaves nothing to learn from: said, not crashed.
    const all = { anomalyTrain: positions, anomalyTest: [], normalTest: [] };
    await expect(session.train(run, recorder().events, all)).rejects.toThrow(
      new MessageError(message('err.allMarked')),
    );
    session.dispose();
  });
});
