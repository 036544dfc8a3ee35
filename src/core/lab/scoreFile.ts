import { message, MessageError } from '../messages';
import Papa from 'papaparse';
import {
  columnIndex,
  encodeRecords,
  schemaProblems,
  type PortableEncoder,
  type SchemaProblem,
} from '../data/csv/portableEncoder';
import { readRecords } from '../data/csv/recordStream';
import { SeriesWindowScorer } from './seriesWindows';

/**
 * Scoring a new file with a trained model, without retraining and without holding the file: it is
 * read a slice at a time, each batch of records encoded with the saved preprocessing and scored,
 * and only the scores (4 bytes a row) and the highest-scoring rows' cells are kept.
 */
export interface ScoredRow {
  /** 1-based position among the file's data rows. */
  row: number;
  score: number;
  cells: string[];
}

export interface ScoredFile {
  rows: number;
  scores: Float32Array;
  /** The highest-scoring rows, highest first. */
  top: ScoredRow[];
  header: string[];
  delimiter: string;
}

export interface FileCheck {
  header: string[];
  delimiter: string;
  problems: SchemaProblem[];
}

export type RowsScorer = (features: Float32Array, count: number) => Promise<Float32Array>;

/** The header and first records of a file checked against the model's columns (nothing scored). */
export async function checkFile(
  blob: Blob,
  encoder: PortableEncoder,
  ignoredColumns: readonly string[] = [],
): Promise<FileCheck> {
  const first = await readRecords(blob.slice(0, 1 << 20), { header: encoder.hadHeader, sliceBytes: 1 << 20 }).next();
  if (first.done) return { header: [], delimiter: ',', problems: [] };
  const { header, records, delimiter } = first.value;
  const names = header ?? records[0]?.map((_, i) => `column ${i + 1}`) ?? [];
  return { header: names, delimiter, problems: schemaProblems(encoder, names, records.slice(0, 1000), ignoredColumns) };
}

export async function scoreFile(
  blob: Blob,
  encoder: PortableEncoder,
  score: RowsScorer,
  hooks: { onProgress?(fraction: number): void; isCancelled?(): boolean } = {},
  /** `rowScore`: a series row's score from its covering windows, as the lab's `rowscore`. */
  options: { keepTop?: number; sliceBytes?: number; rowScore?: 'max' | 'mean' } = {},
): Promise<ScoredFile> {
  const keepTop = options.keepTop ?? 500;
  const width = encoder.features.length;
  // A model of series windows scores each row with the windows that cover it; rows wait for their
  // last window (window - 1 rows at most), their cells with them. Single rows never wait.
  const windows = new SeriesWindowScorer(width, encoder.window ?? 1, score, options.rowScore);
  const waiting: { cells: string[]; row: number }[] = [];
  let scores = new Float32Array(1 << 16);
  let count = 0;
  let top: ScoredRow[] = [];
  let header: string[] = [];
  let delimiter = ',';
  let index: number[] | null = null;
  const settle = (settled: Float32Array) => {
    while (count + settled.length > scores.length) {
      const grown = new Float32Array(scores.length * 2);
      grown.set(scores.subarray(0, count));
      scores = grown;
    }
    scores.set(settled, count);
    count += settled.length;
    top = keepHighest(top, settled, waiting.splice(0, settled.length), keepTop);
  };
  const stream = readRecords(blob, {
    header: encoder.hadHeader,
    sliceBytes: options.sliceBytes,
    isCancelled: hooks.isCancelled,
  });
  for await (const batch of stream) {
    delimiter = batch.delimiter;
    header = batch.header ?? header;
    index ??= columnIndex(encoder, header.length ? header : (batch.records[0] ?? []).map((_, i) => String(i)));
    if (index.some((i) => i < 0)) throw new MessageError(message('err.core.lacksColumn'));
    const { records } = batch;
    if (records.length === 0) continue;
    const features = new Float32Array(records.length * width);
    encodeRecords(encoder, index, records, features);
    records.forEach((cells, i) => waiting.push({ cells, row: batch.firstRow + i }));
    settle(await windows.push(features, records.length));
    hooks.onProgress?.(batch.total ? batch.bytesRead / batch.total : 1);
  }
  if (count + waiting.length > 0) settle(windows.finish());
  return { rows: count, scores: scores.slice(0, count), top, header, delimiter };
}

/** The `keep` highest-scoring rows of those kept so far and a new batch (NaN scores rank highest: a model failure must show). */
function keepHighest(
  kept: ScoredRow[],
  scores: Float32Array,
  rows: readonly { cells: string[]; row: number }[],
  keep: number,
) {
  const floor = kept.length >= keep ? kept[kept.length - 1].score : -Infinity;
  const candidates = [...kept];
  scores.forEach((score, i) => {
    if (Number.isNaN(score) || score > floor) candidates.push({ row: rows[i].row, score, cells: rows[i].cells });
  });
  const rank = (s: number) => (Number.isNaN(s) ? Infinity : s);
  candidates.sort((a, b) => rank(b.score) - rank(a.score) || a.row - b.row);
  return candidates.slice(0, keep);
}

/**
 * A scored file's rows again (read a slice at a time), each with its score and is_anomaly at the
 * threshold appended: the export, built as a Blob of parts so the page never holds one huge string.
 */
export async function exportStreamed(
  blob: Blob,
  scores: Float32Array,
  threshold: number,
  header: boolean,
): Promise<Blob> {
  const parts: string[] = [];
  let row = 0;
  for await (const batch of readRecords(blob, { header })) {
    if (parts.length === 0 && batch.header) {
      parts.push(`${Papa.unparse([[...batch.header, 'score', 'is_anomaly']], { delimiter: batch.delimiter })}\r\n`);
    }
    const rows = batch.records.map((cells) => {
      const score = scores[row++];
      return [...cells, String(score), score > threshold ? '1' : '0'];
    });
    if (rows.length) parts.push(`${Papa.unparse(rows, { delimiter: batch.delimiter })}\r\n`);
  }
  return new Blob(parts, { type: 'text/csv' });
}
