import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../config';
import { parseCsvTable, type CsvTable } from '../data/csv/parse';
import { defaultPlan, labelValues, planProblem } from '../data/csv/plan';
import { auroc, buildScoreIndex } from '../detect/metrics';
import { createRandom } from '../random';
import { LabSession, type ScoreResult } from './session';
import { buildTableRun, rowScores } from './tableSet';

/** Normal rows: y = 2x + noise, z categorical a/b; anomalies break y's relation to x. */
function syntheticCsv(rows = 400): string {
  const random = createRandom(7);
  const lines = ['x,y,kind,label'];
  for (let i = 0; i < rows; i += 1) {
    const x = random() * 10;
    const anomalous = i % 10 === 0;
    const y = anomalous ? 2 * x + (random() < 0.5 ? -1 : 1) * (3 + random() * 3) : 2 * x + (random() - 0.5) * 0.4;
    lines.push(`${x.toFixed(3)},${y.toFixed(3)},${x < 5 ? 'a' : 'b'},${anomalous ? 'odd' : 'ok'}`);
  }
  return lines.join('\n');
}

async function table(text: string): Promise<CsvTable> {
  const parsed = await parseCsvTable(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.reason));
  return parsed.table;
}

const config = { ...defaultConfig(), layers: [8], latent: 1, epochs: 60, batch: 16, lr: 0.01 };

describe('table runs', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('splits labelled rows, encodes on training rows, and trains a detector that finds the odd rows', async () => {
    const t = await table(syntheticCsv());
    const plan = { ...defaultPlan(t), labelColumn: 3, normalValues: ['ok'] };
    expect(labelValues(t, 3).map((v) => v.value)).toEqual(['ok', 'odd']);
    expect(planProblem(t, plan)).toBeNull();
    const run = buildTableRun(t, plan, config, 'k');
    expect(run.prepared.featureNames).toEqual(expect.arrayContaining(['x', 'y', 'kind=a', 'kind=b']));
    expect(run.prepared.counts.testAnomalous).toBe(40);
    expect(run.prepared.counts.train).toBe(Math.round(360 * 0.8));

    const session = new LabSession();
    session.setTrainingSet(run.key, () => run.set);
    let scores: ScoreResult | null = null;
    await session.train(config, {
      onStepLosses: () => {},
      onEpoch: () => {},
      onSamples: () => {},
      onScores: (s) => void (scores = s),
    });
    const result = scores as unknown as ScoreResult;
    expect(auroc(buildScoreIndex(result.testScores, run.prepared.testIsAnomaly))).toBeGreaterThan(0.9);
    // The most anomalous test row is explained mostly by x or y, never by the label.
    const top = result.testScores.indexOf(Math.max(...result.testScores));
    expect([0, 1]).toContain(result.contributions!.columns[top * 3]);
    expect(result.contributions!.shares[top * 3]).toBeGreaterThan(0.3);
    const all = rowScores(run, { test: result.testScores, train: result.trainScores });
    expect(all.every(Number.isFinite)).toBe(true);
    const before = tf.memory().numTensors;
    session.dispose();
    expect(tf.memory().numTensors).toBeLessThan(before);
  });

  it('trains and scores every row of an unlabelled table', async () => {
    const t = await table(
      syntheticCsv(100)
        .replace(/,(odd|ok)$/gm, '')
        .replace(',label', ''),
    );
    const run = buildTableRun(t, defaultPlan(t), config, 'u');
    expect(run.prepared.labelled).toBe(false);
    expect(run.prepared.counts.testNormal).toBe(100);
    expect(run.units.test.length).toBe(100);
  });

  it('cuts a series into windows ordered by its date column, each standing for the row it ends at', async () => {
    const lines = ['date,value,flag'];
    const two = (n: number) => String(n).padStart(2, '0');
    for (let i = 0; i < 60; i += 1) {
      const date = `2024-02-${two((i % 28) + 1)}T${two(Math.floor(i / 28))}:00`;
      lines.push(`${date},${Math.sin(i / 3).toFixed(3)},${i === 30 ? 'bad' : 'good'}`);
    }
    const t = await table(lines.join('\n'));
    const plan = defaultPlan(t);
    expect(plan.timeSeries).toBe(false); // rows are not in date order in the file
    const run = buildTableRun(
      t,
      { ...plan, timeSeries: true, orderColumn: 0, window: 5, labelColumn: 2, normalValues: ['good'] },
      config,
      's',
    );
    expect(run.unitCount).toBe(56);
    expect(run.set.featureCount).toBe(5);
    // The five windows holding the bad row are tested; one of them ends at it, and only that row is anomalous.
    expect(run.prepared.counts.testAnomalous).toBe(1);
    const flagged = run.prepared.testIsAnomaly.indexOf(1);
    expect(run.prepared.testLabels[flagged]).toBe('bad');
    const end = run.order[run.unitStart(run.units.test[flagged]) + 4];
    expect(run.prepared.testRowNumbers[flagged]).toBe(t.rowNumbers[end]);
    expect(run.prepared.series?.columns).toEqual(['value']);
    expect(run.prepared.series?.trainStarts).toHaveLength(run.units.fit.length + run.units.validation.length);
  });

  it('views a table with a square number of numeric columns as images', async () => {
    const header = Array.from({ length: 16 }, (_, i) => `p${i}`).join(',');
    const rows = Array.from({ length: 20 }, (_, r) =>
      Array.from({ length: 16 }, (_, i) => ((r + i) % 4) * 80).join(','),
    );
    const t = await table([header, ...rows].join('\n'));
    const plan = defaultPlan(t);
    expect(plan.asImages).toBe(true);
    const run = buildTableRun(t, plan, config, 'i');
    expect(run.prepared.image?.side).toBe(4);
    expect(run.set.outputActivation).toBe('sigmoid');
    expect(Math.max(...run.set.fit)).toBeLessThanOrEqual(1);
  });
});

describe('labelled series windows', () => {
  it('never share a row between a test window and a training window', async () => {
    const lines = ['value,flag'];
    for (let i = 0; i < 900; i += 1) lines.push(`${Math.sin(i / 5).toFixed(3)},${i % 150 === 75 ? 'bad' : 'good'}`);
    const t = await table(lines.join('\n'));
    const window = 12;
    const run = buildTableRun(
      t,
      { ...defaultPlan(t), timeSeries: true, window, labelColumn: 1, normalValues: ['good'] },
      config,
      'w',
    );
    const rowsOf = (units: Int32Array) =>
      new Set(
        Array.from(units).flatMap((u) => Array.from({ length: window }, (_, k) => run.order[run.unitStart(u) + k])),
      );
    const trainRows = rowsOf(Int32Array.from([...run.units.fit, ...run.units.validation]));
    const testRows = [...rowsOf(run.units.test)];
    expect(trainRows.size).toBeGreaterThan(150);
    expect(testRows.filter((row) => trainRows.has(row))).toEqual([]);
    // Every window holding one of the 6 bad rows is tested; each bad row is the end of one of them.
    expect(run.prepared.counts.testAnomalous).toBe(6);
  });
});
