import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type LabConfig } from '../config';
import { LabSession, type ScoreResult, type SessionEvents, type TrainingSet } from '../lab/session';
import { syntheticDigits } from '../lab/syntheticDigits';
import type { SavedDetector } from '../project/format';
import { decodePlain, encodePlain, type PlainData } from '../project/plainData';
import { detectors, type ModelId } from './registry';
import type { DetectorSpec } from './spec';

/**
 * Every registered detector through the one interface the session uses (train, score, save,
 * restore, dispose), on a tiny image set and a tiny table wherever its spec accepts them: a
 * detector added to the registry is tested here with no line of its own.
 */

/** Small settings for every field a detector may read, so each trains in well under a second. */
const small: Partial<Record<string, unknown>> = {
  epochs: 2,
  batch: 8,
  layers: [8],
  latent: 2,
  steps: 4,
  snapshot: 2,
  encsteps: 2,
  trees: 10,
  dmodel: 8,
  // A label budget for every detector: label-aware ones learn from it, the others must train as before.
  labelled: 3,
  labelnormal: 2,
};

function configFor(id: ModelId): LabConfig {
  const config = defaultConfig(id) as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(small)) if (name in config) config[name] = value;
  return { ...(config as unknown as LabConfig), limit: 0 };
}

/**
 * A table of 60 rows of 8 values (two clusters) and 12 odd ones, plus 3 labelled odd ones; read as
 * 4 steps of 2 channels where asked.
 */
function tinyTable(sequence: boolean, unitRange = false): TrainingSet {
  const width = 8;
  const row = (i: number, odd: boolean) =>
    Array.from({ length: width }, (_, f) => (odd ? 4 : 0) + (i % 2 ? 1 : -1) * 0.5 + Math.sin(i * 1.3 + f) * 0.3);
  // Rows in [0, 1] for a GAN, whose generator's output is a sigmoid (the playground maps its plane there).
  const scale = (v: number) => (unitRange ? (v + 1) / 6.5 : v);
  const rows = (from: number, count: number, odd = false) =>
    Float32Array.from(Array.from({ length: count }, (_, i) => row(from + i, odd).map(scale)).flat());
  const test = Float32Array.from([...rows(100, 12), ...rows(200, 12, true)]);
  return {
    featureCount: width,
    fit: rows(0, 48),
    validation: rows(48, 12),
    test,
    samples: rows(100, 4),
    outputActivation: unitRange ? 'sigmoid' : 'linear',
    ...(sequence ? { sequence: { steps: 4, channels: 2 } } : {}),
    testIsAnomaly: Uint8Array.from({ length: 24 }, (_, i) => (i >= 12 ? 1 : 0)),
    labels: { anomalies: rows(300, 3, true), normalPositions: Int32Array.from([0, 1]) },
  };
}

function recorder() {
  const scores: ScoreResult[] = [];
  const events: SessionEvents = {
    onStepLosses: () => undefined,
    onEpoch: () => undefined,
    onSamples: () => undefined,
    onScores: (result) => void scores.push(result),
  };
  return { scores, events };
}

type DataKind = 'images' | 'table' | 'unit table' | 'sequences';

function sessionWith(kind: DataKind): LabSession {
  const session = new LabSession();
  // 40 of each digit: about 30 training ones, enough for LOF's 20 neighbours.
  if (kind === 'images') session.setDataset(syntheticDigits(40));
  else session.setTrainingSet(`tiny ${kind}`, () => tinyTable(kind === 'sequences', kind === 'unit table'));
  return session;
}

/** The data kinds a spec accepts, as this test builds them. */
function kindsOf(spec: DetectorSpec): DataKind[] {
  const kinds: DataKind[] = [];
  if (spec.accepts.includes('image')) kinds.push('images');
  if (spec.accepts.includes('row')) kinds.push(spec.family === 'gan' ? 'unit table' : 'table');
  else if (spec.accepts.includes('sequence')) kinds.push('sequences');
  return kinds;
}

const cases = detectors.flatMap((spec) => kindsOf(spec).map((kind) => [spec.id, kind] as const));

describe('every registered detector through the one interface', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('covers every detector on at least one kind of data', () => {
    expect(new Set(cases.map(([id]) => id))).toEqual(new Set(detectors.map((d) => d.id)));
  });

  it.each(cases)(
    '%s on %s: trains, scores finitely, saves, restores to identical scores, and frees every tensor',
    async (id, kind) => {
      const before = tf.memory().numTensors;
      const config = configFor(id);
      const trained = sessionWith(kind);
      const first = recorder();
      const outcome = await trained.train(config, first.events);
      expect(outcome.status).toBe('done');
      const scores = first.scores.at(-1)!;
      expect(scores.testScores.length).toBeGreaterThan(0);
      expect(scores.testScores.every(Number.isFinite)).toBe(true);
      expect(scores.trainScores.every(Number.isFinite)).toBe(true);

      const file = encodePlain((await trained.saveDetector()) as unknown as PlainData);
      const saved = decodePlain(JSON.parse(JSON.stringify(file))) as unknown as SavedDetector;
      trained.dispose();

      const reopened = sessionWith(kind);
      const second = recorder();
      await reopened.openDetector(config, saved, second.events);
      expect(Array.from(second.scores.at(-1)!.testScores)).toEqual(Array.from(scores.testScores));
      reopened.dispose();
      expect(tf.memory().numTensors).toBe(before);
    },
  );
});
