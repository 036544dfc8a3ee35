import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type LabConfig } from '../config';
import { MessageError } from '../messages';
import { syntheticDigits } from './syntheticDigits';
import { LabSession, type ScoreResult, type SessionEvents } from './session';
import { projectCode } from './latent';

const config = (overrides: Partial<LabConfig> = {}): LabConfig => ({
  ...defaultConfig(),
  layers: [16],
  latent: 4,
  epochs: 2,
  batch: 16,
  lr: 0.01,
  ...overrides,
});

async function trained(overrides: Partial<LabConfig> = {}) {
  const session = new LabSession();
  session.setDataset(syntheticDigits());
  const seen: { scores: ScoreResult | null; latent: Float32Array | null; rows: Int32Array | null } = {
    scores: null,
    latent: null,
    rows: null,
  };
  const events: SessionEvents = {
    onStepLosses: () => undefined,
    onEpoch: () => undefined,
    onSamples: () => undefined,
    onScores: (s) => {
      seen.scores = s;
    },
    onLatent: (view) => {
      seen.latent = view.points;
      seen.rows = view.rows;
    },
  };
  await session.train(config(overrides), events);
  const prepared = session.prepare(config(overrides));
  const item = (position: number) =>
    Float32Array.from(prepared.testImages.subarray(position * 64, (position + 1) * 64), (v) => v / 255);
  return { session, seen, prepared, item };
}

describe('the probe', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('scores a test item as the run scored it, and lands on the latent scatter where the run placed it', async () => {
    const { session, seen, item } = await trained();
    const rows = seen.rows!;
    for (const k of [0, 3, rows.length - 1]) {
      const position = rows[k];
      const found = await session.probe(item(position));
      expect(found.score).toBeCloseTo(seen.scores!.testScores[position], 5);
      expect(found.reconstruction).toHaveLength(64);
      expect(found.point![0]).toBeCloseTo(seen.latent![2 * k], 4);
      expect(found.point![1]).toBeCloseTo(seen.latent![2 * k + 1], 4);
    }
    session.dispose();
  });

  it('scores a blank item and a drawn one differently, without leaking tensors or training on them', async () => {
    const { session, seen, item } = await trained();
    const before = tf.memory().numTensors;
    const blank = await session.probe(new Float32Array(64));
    const drawn = await session.probe(item(0));
    expect(blank.score).not.toBeCloseTo(drawn.score, 3);
    expect(tf.memory().numTensors).toBe(before);
    // Probing trained nothing: the test items score as before.
    const again = await session.probe(item(0));
    expect(again.score).toBeCloseTo(seen.scores!.testScores[0], 5);
    session.dispose();
  });

  it('refuses an item of the wrong size with a message, and a probe before any detector', async () => {
    const { session } = await trained();
    await expect(session.probe(new Float32Array(10))).rejects.toBeInstanceOf(MessageError);
    session.dispose();
    const empty = new LabSession();
    empty.setDataset(syntheticDigits());
    empty.prepare(config());
    await expect(empty.probe(new Float32Array(64))).rejects.toBeInstanceOf(MessageError);
    empty.dispose();
  });

  it('scores with a detector that does not reconstruct: no reconstruction, no point', async () => {
    const { session, seen, item } = await trained({ model: 'knn' });
    const found = await session.probe(item(2));
    expect(found.score).toBeCloseTo(seen.scores!.testScores[2], 5);
    expect(found.reconstruction).toBeNull();
    expect(found.point).toBeNull();
    session.dispose();
  });
});

describe('projectCode', () => {
  it('passes a 2-D code through, pads a 1-D one, and projects a wider one on its components', () => {
    expect(projectCode([1, 2], { width: 2, mean: null, components: null })).toEqual([1, 2]);
    expect(projectCode([3], { width: 1, mean: null, components: null })).toEqual([3, 0]);
    const projection = { width: 3, mean: Float32Array.of(1, 1, 1), components: Float32Array.of(1, 0, 0, 1, 0, 0) };
    expect(projectCode([2, 3, 9], projection)).toEqual([1, 2]);
  });
});

describe('the probe on a GAN', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it("gives every scorer's score, the chosen one as the probe's score, equal to the run's", async () => {
    const { session, seen, item } = await trained({
      model: 'mlp-gan',
      steps: 40,
      snapshot: 20,
      encsteps: 20,
      batch: 16,
      scorer: 'encoder',
    });
    const found = await session.probe(item(1));
    expect(Object.keys(found.byScorer!).sort()).toEqual(['disc', 'encoder']);
    expect(found.score).toBeCloseTo(found.byScorer!.encoder, 5);
    expect(found.score).toBeCloseTo(seen.scores!.testScores[1], 4);
    session.dispose();
  });
});
