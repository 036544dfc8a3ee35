import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type LabConfig } from '../../config';
import type { GanPhase, GanSnapshot } from './events';
import { syntheticDigits } from '../../lab/syntheticDigits';
import { LabSession, type ScoreResult, type SessionEvents } from '../../lab/session';
import { decodePlain, encodePlain } from '../../project/plainData';

const config = (overrides: Partial<LabConfig> = {}): LabConfig => ({
  ...defaultConfig(),
  model: 'mlp-gan',
  latent: 4,
  batch: 16,
  steps: 30,
  snapshot: 10,
  encsteps: 40,
  glr: 0.002,
  dlr: 0.002,
  ...overrides,
});

function recorder() {
  const seen = {
    stats: 0,
    snapshots: [] as GanSnapshot[],
    scores: [] as ScoreResult[],
    samples: 0,
    phases: [] as (GanPhase | null)[],
  };
  let snapshotWaiters: (() => void)[] = [];
  /** Resolves on the next grid snapshot: tests wait on what the session does, not on a clock. */
  const nextSnapshot = () => new Promise<void>((resolve) => snapshotWaiters.push(resolve));
  const events: SessionEvents = {
    onStepLosses: () => {},
    onEpoch: () => {},
    onSamples: () => (seen.samples += 1),
    onScores: (s) => void seen.scores.push(s),
    onGanStats: (stats) => (seen.stats += stats.length / 4),
    onGanSnapshot: (s) => {
      seen.snapshots.push(s);
      snapshotWaiters.forEach((wake) => wake());
      snapshotWaiters = [];
    },
    onPhase: (p) => seen.phases.push(p),
  };
  return { seen, events, nextSnapshot };
}

describe('GAN runs in the session', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each(['mlp-gan', 'dcgan'] as const)(
    '%s trains, snapshots the grid, and fills both scorers with finite scores',
    async (model) => {
      const session = new LabSession();
      session.setDataset(syntheticDigits(24));
      const prepared = session.prepare(config({ model }));
      const { seen, events } = recorder();
      const outcome = await session.train(config({ model }), events);
      expect(outcome).toMatchObject({ status: 'done', steps: 30 });
      expect(seen.stats).toBe(30);
      expect(seen.snapshots.map((s) => s.step)).toEqual([0, 10, 20, 30]);
      expect(seen.snapshots[3].images.length).toBe(64 * 64);
      expect(Array.from(seen.snapshots[0].images)).not.toEqual(Array.from(seen.snapshots[3].images));
      const result = seen.scores[0];
      for (const scorer of ['disc', 'encoder'] as const) {
        const scores = result.byScorer![scorer]!;
        expect(scores.testScores.length).toBe(prepared.testLabels.length);
        expect(scores.trainScores.length).toBe(prepared.counts.train);
        expect(scores.testScores.every(Number.isFinite)).toBe(true);
        // Each scorer says what it cost: training (the encoder's includes the GAN's) and scoring.
        expect(scores.timing!.fitMs).toBeGreaterThan(0);
        expect(scores.timing!.scoreMs).toBeGreaterThan(0);
      }
      expect(result.testScores).toBe(result.byScorer!.encoder!.testScores);
      expect(result.byScorer!.encoder!.timing!.fitMs).toBeGreaterThan(result.byScorer!.disc!.timing!.fitMs);
      expect(seen.samples).toBe(1); // G(E(x)) of the sample digits
      expect(seen.phases[seen.phases.length - 1]).toBeNull();
      const frames = await session.interpolate(0, 5, 6);
      expect(frames.length).toBe(6 * 64);
      session.dispose();
    },
  );

  it('steps one round at a time while paused, and leaks nothing over runs and resets', async () => {
    const baseline = tf.memory().numTensors;
    const session = new LabSession();
    session.setDataset(syntheticDigits(24));
    const { seen, events, nextSnapshot } = recorder();
    const firstGrid = nextSnapshot();
    const run = session.train(config({ steps: 500, snapshot: 1000, encsteps: 0 }), events);
    await firstGrid; // the step-0 grid: the loop is running
    session.pause();
    const before = seen.snapshots.length;
    const steppedGrid = nextSnapshot();
    session.step();
    await steppedGrid; // a granted Step shows its grid, with no regular snapshot due before step 1000
    expect(seen.snapshots.length).toBe(before + 1);
    expect(seen.snapshots[before].step).toBeGreaterThan(0);
    expect(seen.snapshots[before].step).toBeLessThan(500);
    session.stop();
    expect((await run).status).toBe('stopped');
    expect(seen.scores[0].byScorer?.encoder).toBeUndefined();
    await session.reset();
    await session.train(config({ steps: 5, encsteps: 5 }), recorder().events);
    await session.reset();
    session.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('marks the scores of a GAN that learned from all digits as trained on the test items', async () => {
    const session = new LabSession();
    session.setDataset(syntheticDigits(24));
    for (const gandata of ['all', 'normal'] as const) {
      const { seen, events } = recorder();
      await session.train(config({ steps: 2, snapshot: 10, encsteps: 0, gandata }), events);
      expect(seen.scores[0].trainedOnTest).toBe(gandata === 'all');
      await session.reset();
    }
    session.dispose();
  });

  it.each(['mlp-gan', 'dcgan'] as const)(
    'saves a trained %s; a new session opens it with the same grid, both scorers and new-row scores',
    async (model) => {
      const run = config({ model, steps: 10, encsteps: 20, scorer: 'encoder' });
      const first = new LabSession();
      first.setDataset(syntheticDigits(24));
      const trained = recorder();
      await first.train(run, trained.events);
      const saved = decodePlain(JSON.parse(JSON.stringify(encodePlain((await first.saveDetector()) as never))));
      first.dispose();
      const baseline = tf.memory().numTensors;
      const second = new LabSession();
      second.setDataset(syntheticDigits(24));
      const reopened = recorder();
      await second.openDetector(run, saved as never, reopened.events);
      const [expected, got] = [trained.seen.scores[0], reopened.seen.scores[0]];
      for (const scorer of ['disc', 'encoder'] as const) {
        expect(Array.from(got.byScorer![scorer]!.testScores)).toEqual(
          Array.from(expected.byScorer![scorer]!.testScores),
        );
        expect(Array.from(got.byScorer![scorer]!.trainScores)).toEqual(
          Array.from(expected.byScorer![scorer]!.trainScores),
        );
      }
      expect(got.testScores).toBe(got.byScorer!.encoder!.testScores);
      expect(Array.from(reopened.seen.snapshots[0].images)).toEqual(Array.from(trained.seen.snapshots.at(-1)!.images));
      expect(reopened.seen.samples).toBe(1);
      const prepared = second.prepare(run);
      const rows = Float32Array.from(prepared.testImages, (v) => v / 255);
      const asNewFile = await second.scoreRows(rows, prepared.testLabels.length);
      expect(Array.from(asNewFile)).toEqual(Array.from(expected.testScores));
      const networks = await second.exportNetworks();
      expect(Object.keys(networks).sort()).toEqual([
        'discriminator-features',
        'discriminator-head',
        'encoder',
        'generator',
      ]);
      second.dispose();
      expect(tf.memory().numTensors).toBe(baseline);
    },
  );
});
