import { message, MessageError } from '../messages';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeRows, fitEncoder } from '../data/csv/encode';
import { parseCsvTable, type CsvTable } from '../data/csv/parse';
import { portableEncoder } from '../data/csv/portableEncoder';
import { build as buildZscore } from '../detectors/zscore/build';
import { fitFreely } from '../detectors/classical';
import { checkFile, scoreFile } from './scoreFile';

/** A table with numbers, a category, missing cells, a quoted field holding a line break and a comma. */
function csvText(rows: number, extra: (i: number) => string = () => ''): string {
  const lines = ['temp,site,note,load'];
  for (let i = 0; i < rows; i += 1) {
    const temp = i % 17 === 0 ? 'NA' : (20 + Math.sin(i) * 3).toFixed(3);
    const site = ['north', 'south', ' east '][i % 3];
    const note = i % 5 === 0 ? `"line one\nline two, ${i}"` : `plain ${i}`;
    lines.push(`${temp},${site},${note},${extra(i) || (i * 0.37).toFixed(2)}`);
  }
  return `${lines.join('\n')}\n`;
}

async function table(text: string): Promise<CsvTable> {
  const parsed = await parseCsvTable(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.reason));
  return parsed.table;
}

/** The model's columns: temp, site, load (the note is free text, left out as the lab would). */
const features = [0, 1, 3];

describe('scoring a new file chunk by chunk', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('encodes every record exactly as the whole table was encoded, at any slice size', async () => {
    const text = csvText(300);
    const whole = await table(text);
    const all = Int32Array.from({ length: whole.rowCount }, (_, i) => i);
    const fitted = fitEncoder(whole, features, all, 'standard');
    const expected = encodeRows(whole, fitted);
    const encoder = portableEncoder(whole, fitted, false);
    const width = fitted.features.length;
    for (const sliceBytes of [64, 1000, 1 << 20]) {
      const seen: number[] = [];
      const scored = await scoreFile(
        new Blob([text]),
        encoder,
        async (x, n) => {
          seen.push(...x);
          return Float32Array.from({ length: n }, (_, r) => x[r * width]);
        },
        {},
        { sliceBytes },
      );
      expect(scored.rows).toBe(300);
      expect(Float32Array.from(seen)).toEqual(expected);
    }
  });

  it('scores a file with a fitted detector as the whole table would be scored, keeping the top rows with their cells', async () => {
    const text = csvText(400);
    const whole = await table(text);
    const all = Int32Array.from({ length: whole.rowCount }, (_, i) => i);
    const fitted = fitEncoder(whole, features, all, 'standard');
    const width = fitted.features.length;
    const model = buildZscore({ inputSize: width, seed: 1 });
    const x = tf.tensor2d(encodeRows(whole, fitted), [whole.rowCount, width]);
    await model.fit(x, fitFreely);
    const expected = await model.score(x);
    x.dispose();
    const score = async (features: Float32Array, n: number) => {
      const batch = tf.tensor2d(features, [n, width]);
      const s = await model.score(batch);
      batch.dispose();
      return s;
    };
    const progress: number[] = [];
    const scored = await scoreFile(
      new Blob([text]),
      portableEncoder(whole, fitted, false),
      score,
      { onProgress: (f) => progress.push(f) },
      { keepTop: 10, sliceBytes: 2048 },
    );
    expect(scored.scores).toEqual(expected);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(1);
    const best = Array.from(expected.keys()).sort((a, b) => expected[b] - expected[a]);
    expect(scored.top.map((r) => r.row)).toEqual(best.slice(0, 10).map((i) => i + 1));
    expect(scored.top[0].cells).toHaveLength(4);
    model.dispose();
  });

  it('names what differs in a new file: missing, extra and retyped columns, unseen categories', async () => {
    const whole = await table(csvText(100));
    const all = Int32Array.from({ length: whole.rowCount }, (_, i) => i);
    const encoder = portableEncoder(whole, fitEncoder(whole, features, all, 'standard'), false);
    const renamed = csvText(50, (i) => (i === 3 ? 'heavy' : String(i))).replace(
      'temp,site,note,load',
      'temp,site,note,load,extra',
    );
    const check = await checkFile(new Blob([renamed.replace(/\n/g, ',x\n').replace(',x\n', '\n')]), encoder, ['note']);
    const kinds = check.problems.map((p) => `${p.kind}:${p.column}:${p.safe}`);
    expect(kinds).toContain('extra-column:extra:true');
    expect(kinds).toContain('type-change:load:true');
    expect(check.problems.find((p) => p.kind === 'type-change')!.message).toContain('"heavy"');
    const newSite = csvText(30).replace('north', 'west');
    expect((await checkFile(new Blob([newSite]), encoder, ['note'])).problems.map((p) => p.kind)).toEqual([
      'new-category',
    ]);
    const missing = csvText(30).replace('temp,site,note,load', 'temperature,site,note,load');
    const problems = (await checkFile(new Blob([missing]), encoder, ['note'])).problems;
    expect(problems.find((p) => p.kind === 'missing-column')).toMatchObject({ column: 'temp', safe: false });
    await expect(scoreFile(new Blob([missing]), encoder, async (_x, n) => new Float32Array(n))).rejects.toThrow(
      new MessageError(message('err.core.lacksColumn')),
    );
  });

  it('scores a file with a model of series windows: each row the highest of its windows, at any slice size', async () => {
    const text = csvText(200);
    const whole = await table(text);
    const all = Int32Array.from({ length: whole.rowCount }, (_, i) => i);
    const fitted = fitEncoder(whole, features, all, 'standard');
    const rowWidth = fitted.features.length;
    const window = 5;
    const encoded = encodeRows(whole, fitted);
    const windows = whole.rowCount - window + 1;
    const inputs = new Float32Array(windows * window * rowWidth);
    for (let w = 0; w < windows; w += 1) {
      inputs.set(encoded.subarray(w * rowWidth, (w + window) * rowWidth), w * window * rowWidth);
    }
    const model = buildZscore({ inputSize: window * rowWidth, seed: 1 });
    const x = tf.tensor2d(inputs, [windows, window * rowWidth]);
    await model.fit(x, fitFreely);
    const windowScores = await model.score(x);
    x.dispose();
    const expected = new Float32Array(whole.rowCount).fill(-Infinity);
    windowScores.forEach((v, w) => {
      for (let k = 0; k < window; k += 1) expected[w + k] = Math.max(expected[w + k], v);
    });
    const score = async (f: Float32Array, n: number) => {
      const batch = tf.tensor2d(f, [n, window * rowWidth]);
      const s = await model.score(batch);
      batch.dispose();
      return s;
    };
    const encoder = { ...portableEncoder(whole, fitted, false), window };
    for (const sliceBytes of [300, 4096]) {
      const scored = await scoreFile(new Blob([text]), encoder, score, {}, { keepTop: 5, sliceBytes });
      expect(scored.scores).toEqual(expected);
      const best = Array.from(expected.keys()).sort((a, b) => expected[b] - expected[a] || a - b);
      expect(scored.top.map((r) => r.row)).toEqual(best.slice(0, 5).map((i) => i + 1));
      // Each kept row's cells are its own (the row number is in its note).
      for (const r of scored.top) expect(r.cells[2]).toContain(String(r.row - 1));
    }
    model.dispose();
  });
});
