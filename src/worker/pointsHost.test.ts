import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type LabConfig } from '../core/config';
import type { ModelId } from '../core/detectors/registry';
import type { FieldResult } from '../core/lab/fieldComparison';
import { LabSession, type ScoreResult, type SessionEvents } from '../core/lab/session';
import { fieldGrid, toModelSpace } from '../core/toy/toySources';
import { PointsHost } from './pointsHost';

const side = 64;

function playground(model: ModelId, overrides: Partial<LabConfig> = {}) {
  const session = new LabSession();
  const host = new PointsHost(session);
  const config: LabConfig = { ...defaultConfig(model), dataset: 'toy', toy: 'moons', epochs: 3, ...overrides };
  const prepared = host.prepare({ kind: 'points', config });
  if (!prepared.ok) throw new Error('not prepared');
  return { session, config, prepared: prepared.prepared };
}

function recorder() {
  const seen: { fields: Float32Array[]; scores: ScoreResult | null } = { fields: [], scores: null };
  const events: SessionEvents = {
    onStepLosses: () => undefined,
    onEpoch: () => undefined,
    onSamples: () => undefined,
    onField: (field) => seen.fields.push(field),
    onScores: (s) => {
      seen.scores = s;
    },
  };
  return { seen, events };
}

describe('the 2-D playground in the worker', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('prepares every point for fitting and scoring, with the hand-placed ones last', () => {
    const { session, prepared } = playground('iforest', { points: [900, 900, 1, -100, 0, 0], outliers: 10 });
    expect(prepared.xy).toHaveLength(302 * 2);
    expect(prepared.counts.testAnomalous).toBe(31);
    expect(prepared.counts.train).toBe(302);
    expect(Array.from(prepared.byHand.slice(300))).toEqual([1, 1]);
    session.dispose();
  });

  it("a network's field comes every epoch, and its last equals the trained detector's scores of the grid's points", async () => {
    const { session, config } = playground('dense-ae');
    const { seen, events } = recorder();
    await session.train(config, events);
    // Before training and after each of the 3 epochs.
    expect(seen.fields).toHaveLength(4);
    const last = seen.fields.at(-1)!;
    expect(last).toHaveLength(side * side);
    const direct = await session.scoreRows(toModelSpace(fieldGrid(side)), side * side);
    for (let cell = 0; cell < last.length; cell += 97) expect(last[cell]).toBeCloseTo(direct[cell], 5);
    expect(seen.fields[0]).not.toEqual(last);
    session.dispose();
  });

  it("compares one-pass detectors: each field is that detector's scores of the grid, the current one untouched", async () => {
    const { session, config } = playground('knn', { points: [950, -950, 1] });
    const { seen, events } = recorder();
    await session.train(config, events);
    const before = await session.scoreRows(toModelSpace(fieldGrid(side)), side * side);
    const results: FieldResult[] = [];
    const tensors = tf.memory().numTensors;
    await session.compareFields(['iforest', 'knn', 'ecod'], config, {
      onProgress: () => undefined,
      onResult: (r) => void results.push(r),
    });
    expect(tf.memory().numTensors).toBe(tensors);
    expect(results.map((r) => r.id)).toEqual(['iforest', 'knn', 'ecod']);
    // k-NN alone, fitted again with the same settings: the same field as the run's.
    const knn = results[1];
    for (let cell = 0; cell < before.length; cell += 97) expect(knn.field[cell]).toBeCloseTo(before[cell], 5);
    expect(knn.testScores).toEqual(seen.scores!.testScores);
    // The far-away hand-placed point scores above every normal point for each of them.
    for (const r of results) {
      const hand = r.testScores[r.testScores.length - 1];
      expect(hand).toBeGreaterThan(Math.max(...r.testScores.slice(0, 285)));
    }
    // The session's detector is still the k-NN it trained.
    expect(await session.scoreRows(toModelSpace(fieldGrid(side)), side * side)).toEqual(before);
    session.dispose();
  });
});
