import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type LabConfig } from '../core/config';
import { LabSession } from '../core/lab/session';
import { tableRunConfig } from '../core/lab/tableSizing';
import { writeProject, type ProjectContent } from '../core/project/format';
import type { PlainData } from '../core/project/plainData';
import { TableHost } from '../worker/tableHost';
import { loadScorer } from './anomalyScorer';

const csv = readFileSync('public/samples/penguins.csv', 'utf8');
const noop = { onStepLosses() {}, onEpoch() {}, onSamples() {}, onScores() {} };

/** Trains a detector on the Penguins sample in a session, as the lab does, and saves it as a project file. */
async function trainedProject(model: LabConfig['model']) {
  const session = new LabSession();
  const tables = new TableHost(session);
  const loaded = await tables.load(
    { kind: 'table', file: new Blob([csv]), fileName: 'penguins.csv', options: { decimalComma: false } },
    () => {},
  );
  if (!loaded.ok) throw new Error('not loaded');
  const base = { ...defaultConfig(model), epochs: 3 };
  const { plan } = loaded.summary;
  // Species is the label (Adelie normal), so not a feature.
  const labelled = {
    ...plan,
    labelColumn: 0,
    normalValues: ['Adelie'],
    features: plan.features.filter((c) => c !== 0),
  };
  const prepared = tables.prepare({ kind: 'table', plan: labelled, config: base });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.problem));
  const config = tableRunConfig(base, prepared.prepared.featureNames.length, prepared.prepared.counts.fit);
  await session.train(config, noop);
  const project: ProjectContent = {
    name: model,
    savedAt: new Date().toISOString(),
    config: config as unknown as { [k: string]: PlainData },
    data: {
      source: 'csv',
      preprocessing: { kind: 'table', encoder: tables.preprocessing() as unknown as PlainData },
      counts: {},
    },
    detector: await session.saveDetector(),
    threshold: { value: 0.5, method: 'manual' },
    metrics: { auroc: null, auprc: null, bestF1: null },
    curves: { epochs: [], steps: new Float32Array(0) },
    scores: { test: new Float32Array(0), train: new Float32Array(0) },
    feedback: { anomaly: [], normal: [] },
  };
  // What the lab scores when this file is dropped under "Score a new file".
  const inLab = (await tables.scoreFile(new Blob([csv]), () => {}))!.scores;
  session.dispose();
  return { text: writeProject(project), inLab };
}

describe('the deployable scorer (anomaly-scorer.mjs)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each(['iforest', 'dense-ae'] as const)(
    'scores records given by column name exactly as the lab scored them (%s)',
    async (model) => {
      const { text, inLab } = await trainedProject(model);
      const records = Papa.parse<Record<string, string>>(csv.trim(), { header: true }).data;
      const scorer = await loadScorer(text);
      expect(scorer.columns).toContain('Beak Length (mm)');
      expect(scorer.columns).not.toContain('Species'); // the label is no feature
      const scores = await scorer.score(records);
      expect(Array.from(scores)).toEqual(Array.from(inLab));
      expect(scorer.flag(Float32Array.of(0.4, 0.6, Number.NaN))).toEqual([false, true, true]);
      // Columns may come in any order, and numbers as numbers.
      const shuffled = Object.fromEntries(Object.entries(records[5]).reverse());
      const asNumbers = Object.fromEntries(Object.entries(records[5]).map(([k, v]) => [k, Number(v) || v]));
      expect((await scorer.score([shuffled, asNumbers]))[0]).toBe(scores[5]);
      expect((await scorer.score([asNumbers]))[0]).toBe(scores[5]);
      scorer.dispose();
    },
  );

  it('refuses what is not a project, with the reason', async () => {
    await expect(loadScorer('a,b\n1,2')).rejects.toThrow(/not an anomaly lab project/);
  });
});
