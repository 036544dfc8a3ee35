import { isMissing, parseNumber } from './cells';
import type { FittedEncoder } from './encode';
import { clipLimit } from './encode';
import type { CsvTable } from './parse';

/**
 * The fitted preprocessing of a table run in a form that needs no training table: columns by
 * name, category values as text. It encodes the records of any file with those columns, a chunk
 * at a time (scoring new data), exactly as the training rows were encoded.
 */
export type PortableFeature =
  | { kind: 'numeric'; column: string; median: number; prescale: number; center: number; spread: number }
  | { kind: 'onehot'; column: string; value: string };

export interface PortableEncoder {
  /** Columns the features read, in first-use order, with what the training file held in each. */
  columns: { name: string; kind: 'numeric' | 'categorical' }[];
  features: PortableFeature[];
  /** The training file's header was real (false: columns are matched by position, names were made up). */
  hadHeader: boolean;
  /** Position of each column in the training file (for files without a header). */
  positions: number[];
  decimalComma: boolean;
  /**
   * Rows per input for a model of series windows (the rows' features side by side, in file order);
   * absent or 1 for a model of single rows.
   */
  window?: number;
}

export function portableEncoder(table: CsvTable, fitted: FittedEncoder, decimalComma: boolean): PortableEncoder {
  const used: number[] = [];
  for (const f of fitted.features) if (!used.includes(f.column)) used.push(f.column);
  const numeric = new Set(fitted.features.filter((f) => f.kind === 'numeric').map((f) => f.column));
  return {
    columns: used.map((c) => ({ name: table.header[c], kind: numeric.has(c) ? 'numeric' : 'categorical' })),
    features: fitted.features.map((f) =>
      f.kind === 'numeric'
        ? { kind: 'numeric', column: table.header[f.column], ...pick(f) }
        : { kind: 'onehot', column: table.header[f.column], value: table.columns[f.column].values[f.code] },
    ),
    hadHeader: table.hadHeader,
    positions: used,
    decimalComma,
  };
}

const pick = (f: { median: number; prescale: number; center: number; spread: number }) => ({
  median: f.median,
  prescale: f.prescale,
  center: f.center,
  spread: f.spread,
});

export interface SchemaProblem {
  kind: 'missing-column' | 'extra-column' | 'new-category' | 'type-change';
  column: string;
  /** In English words, with what the lab will do about it (the exported scorer's report; the page words `detail`). */
  message: string;
  /** What the message says, as data: a text cell found in a numeric column, or the new categories. */
  detail?: { example: string; count: number; rows: number } | { values: string; more: number };
  /** Scoring can go on (the lab knows a safe way to treat it). */
  safe: boolean;
}

/** Where each of the encoder's columns sits in a new file (-1: absent). */
export function columnIndex(encoder: PortableEncoder, header: string[]): number[] {
  if (!encoder.hadHeader) return encoder.positions.map((p) => (p < header.length ? p : -1));
  const trimmed = header.map((h) => h.trim());
  return encoder.columns.map((c) => trimmed.indexOf(c.name.trim()));
}

/**
 * What differs between a new file and the training data, from its header and first records:
 * a missing column stops scoring; an extra column is ignored; an unseen category encodes as all
 * zeros (no training category); text in a numeric column is imputed with the training median.
 */
export function schemaProblems(
  encoder: PortableEncoder,
  header: string[],
  records: string[][],
  ignoredColumns: readonly string[] = [],
): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const index = columnIndex(encoder, header);
  encoder.columns.forEach((c, i) => {
    if (index[i] < 0) {
      problems.push({
        kind: 'missing-column',
        column: c.name,
        message: `The column "${c.name}" the model reads is missing from this file; it cannot be scored without it.`,
        safe: false,
      });
    }
  });
  if (encoder.hadHeader) {
    const known = new Set([...encoder.columns.map((c) => c.name.trim()), ...ignoredColumns.map((c) => c.trim())]);
    for (const name of header) {
      if (!known.has(name.trim())) {
        problems.push({
          kind: 'extra-column',
          column: name,
          message: `The column "${name}" was not in the training data; it is ignored.`,
          safe: true,
        });
      }
    }
  }
  encoder.columns.forEach((c, i) => {
    const at = index[i];
    if (at < 0) return;
    if (c.kind === 'numeric') {
      const text = records
        .map((r) => r[at] ?? '')
        .filter((v) => !isMissing(v) && parseNumber(v, encoder.decimalComma) === null);
      if (text.length > 0) {
        problems.push({
          kind: 'type-change',
          column: c.name,
          message:
            `The column "${c.name}" was numeric in the training data but holds text here (e.g. "${text[0]}", ` +
            `${text.length} of the first ${records.length} rows); those cells count as missing (training median).`,
          detail: { example: text[0], count: text.length, rows: records.length },
          safe: true,
        });
      }
      return;
    }
    const seen = new Set(
      encoder.features.flatMap((f) => (f.kind === 'onehot' && f.column === c.name ? [f.value] : [])),
    );
    const unseen = [...new Set(records.map((r) => (r[at] ?? '').trim()).filter((v) => !isMissing(v) && !seen.has(v)))];
    if (unseen.length > 0) {
      problems.push({
        kind: 'new-category',
        column: c.name,
        message:
          `The column "${c.name}" has values the training data never had (${unseen
            .slice(0, 3)
            .map((v) => `"${v}"`)
            .join(', ')}` +
          `${unseen.length > 3 ? `, ${unseen.length - 3} more` : ''}); they encode as no known category.`,
        detail: {
          values: unseen
            .slice(0, 3)
            .map((v) => `"${v}"`)
            .join(', '),
          more: Math.max(0, unseen.length - 3),
        },
        safe: true,
      });
    }
  });
  return problems;
}

/** Encodes records (cells as text) into `out`, row-major, as the training rows were encoded. */
export function encodeRecords(encoder: PortableEncoder, index: number[], records: string[][], out: Float32Array): void {
  const width = encoder.features.length;
  const position = new Map(encoder.columns.map((c, i) => [c.name, index[i]]));
  encoder.features.forEach((feature, f) => {
    const at = position.get(feature.column)!;
    for (let r = 0; r < records.length; r += 1) {
      const raw = records[r][at] ?? '';
      let value: number;
      if (feature.kind === 'onehot') value = !isMissing(raw) && raw.trim() === feature.value ? 1 : 0;
      else {
        const parsed = isMissing(raw) ? null : parseNumber(raw, encoder.decimalComma);
        const x = parsed !== null && Number.isFinite(parsed) ? parsed : feature.median;
        value = Math.min(Math.max((x / feature.prescale - feature.center) / feature.spread, -clipLimit), clipLimit);
      }
      out[r * width + f] = value;
    }
  });
}
