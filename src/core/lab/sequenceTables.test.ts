import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config';
import { parseCsvTable, type CsvTable } from '../data/csv/parse';
import { defaultPlan, planProblem, planWarnings, sequenceColumns } from '../data/csv/plan';
import { buildTableRun } from './tableSet';
import { monitorInfo, monitorUnits } from './monitorFeed';

async function table(text: string): Promise<CsvTable> {
  const parsed = await parseCsvTable(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.reason));
  return parsed.table;
}

const wide = (header: string[], rows = 30, label = true) =>
  [
    [...header, ...(label ? ['label'] : [])].join(','),
    ...Array.from({ length: rows }, (_, r) =>
      [
        ...header.map((_, i) => Math.sin(i / 3 + r / 7).toFixed(3)),
        ...(label ? [r % 10 === 0 ? 'odd' : 'ok'] : []),
      ].join(','),
    ),
  ].join('\n');

const config = { seed: 1, contamination: 0, limit: 0 };

describe('rows as sequences', () => {
  it('are suggested for 16 or more numbered columns of one stem, in the order of their numbers', async () => {
    const stems = [
      Array.from({ length: 20 }, (_, i) => `t${i}`),
      Array.from({ length: 24 }, (_, i) => `x_${i + 1}`),
      Array.from({ length: 24 }, (_, i) => `h${String(i + 1).padStart(2, '0')}`),
    ];
    for (const header of stems) {
      const t = await table(wide(header));
      expect(sequenceColumns(t)).toEqual(header.map((_, i) => i));
      expect(defaultPlan(t).rowSequences).toBe(true);
    }
    // Columns out of order in the file are read in the order of their numbers.
    const shuffled = await table(wide(['t2', 't0', 't1', ...Array.from({ length: 14 }, (_, i) => `t${i + 3}`)]));
    expect(sequenceColumns(shuffled)!.slice(0, 3)).toEqual([1, 2, 0]);
  });

  it('are not suggested for a few numbered columns, mixed stems, repeated numbers, text, or pixels', async () => {
    const few = Array.from({ length: 15 }, (_, i) => `t${i}`);
    const mixed = [...Array.from({ length: 10 }, (_, i) => `a${i}`), ...Array.from({ length: 10 }, (_, i) => `b${i}`)];
    const repeated = [...Array.from({ length: 16 }, (_, i) => `t${i}`), 't03'];
    const pixels = Array.from({ length: 16 }, (_, i) => `pixel${i}`);
    for (const header of [few, mixed, pixels]) expect(defaultPlan(await table(wide(header))).rowSequences).toBe(false);
    expect(sequenceColumns(await table(wide(repeated)))).toBeNull();
    const text = await table(
      [
        'name,' + Array.from({ length: 16 }, (_, i) => `t${i}`).join(','),
        ...['a', 'b'].map((n) => `${n},${'x,'.repeat(15)}x`),
      ].join('\n'),
    );
    expect(sequenceColumns(text)).toBeNull();
  });

  it('make one unit per row with the steps as a single-channel sequence, scaled with one shared mean and spread', async () => {
    const header = Array.from({ length: 32 }, (_, i) => `t${i}`);
    const t = await table(wide(header, 60));
    const plan = { ...defaultPlan(t), labelColumn: 32, normalValues: ['ok'] };
    expect(planProblem(t, plan)).toBeNull();
    const run = buildTableRun(t, plan, config, 'k');
    expect(run.set.featureCount).toBe(32);
    expect(run.set.sequence).toEqual({ steps: 32, channels: 1 });
    expect(run.prepared.sequence?.steps).toBe(32);
    expect(run.prepared.counts.testAnomalous).toBe(6);
    // One shared scale keeps the shape: the steps' order of values within a row is unchanged.
    const row = run.set.test.subarray(0, 32);
    const raw = header.map((_, i) => Math.sin(i / 3 + (run.prepared.testRowNumbers[0] - 1) / 7));
    const rank = (v: ArrayLike<number>) => Array.from({ length: v.length }, (_, i) => i).sort((a, b) => v[a] - v[b]);
    expect(rank(row)).toEqual(rank(raw));
    // Off: the same columns are 32 loose features.
    const off = buildTableRun(t, { ...plan, rowSequences: false }, config, 'k2');
    expect(off.set.sequence).toBeUndefined();
  });
});

describe('series checks and the monitor feed', () => {
  const series = (times: string[]) => ['time,a,b', ...times.map((t, i) => `${t},${i % 5},${(i * 7) % 3}`)].join('\n');
  const hour = (i: number) => new Date(Date.UTC(2026, 0, 1, i)).toISOString().slice(0, 16).replace('T', ' ');

  it('names rows without time, rows out of order, repeated times and gaps', async () => {
    const times = Array.from({ length: 30 }, (_, i) => hour(i < 20 ? i : i + 10));
    [times[2], times[4]] = [times[4], times[2]];
    times[7] = times[6];
    const t = await table(series(times));
    const plan = { ...defaultPlan(t), timeSeries: true, orderColumn: 0, window: 4 };
    const ids = planWarnings(t, plan).map((w) => w.id);
    expect(ids).toEqual(['series-unsorted', 'series-repeated-time', 'series-gaps']);
    const gaps = planWarnings(t, plan).find((w) => w.id === 'series-gaps');
    expect(gaps).toMatchObject({ count: 1, usual: '1 h', longest: '11 h', firstRow: 21 });
    times[9] = '';
    const missing = await table(series(times));
    expect(planProblem(missing, { ...plan })).toMatchObject({ id: 'series-missing-time', count: 1, firstRow: 10 });
  });

  it('replays rows in series order, scoring each as the window it ends', async () => {
    const t = await table(series(Array.from({ length: 40 }, (_, i) => hour(39 - i))));
    const plan = { ...defaultPlan(t), timeSeries: true, orderColumn: 0, window: 4 };
    const run = buildTableRun(t, plan, { ...defaultConfig(), ...config }, 's');
    expect(monitorInfo(run)).toMatchObject({ length: 40, window: 4, channelNames: ['a', 'b'], labelled: false });
    const units = monitorUnits(run, 0, 6);
    // The file is newest first: series position 0 is the last file row.
    expect(Array.from(units.rowNumbers)).toEqual([40, 39, 38, 37, 36, 35]);
    expect(Array.from(units.scored)).toEqual([3, 4, 5]);
    expect(units.features.length).toBe(3 * 4 * 2);
    // The window ending at position 3 is rows 40..37 in order: its last step is position 3's values.
    expect(Array.from(units.features.subarray(6, 8))).toEqual(Array.from(units.values.subarray(6, 8)));
    expect(monitorUnits(run, 38, 10).rowNumbers.length).toBe(2);
  });
});
