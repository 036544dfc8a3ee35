import { missingCode, numberAt, type StoredColumn } from './columnStore';
import type { CsvTable } from './parse';
import { sharedImageScale } from '../rows';

/**
 * Table rows -> model features. Numeric columns: missing and infinite cells imputed with the
 * training median, then standardised or min-max scaled; categorical columns one-hot encoded.
 * Everything is fitted on the training rows only, so test rows are scaled as unseen data would be.
 */
export type Scaling = 'standard' | 'minmax' | 'image' | 'sequence';

/** Scaled values are clipped here: one 1e308 cell must not turn a loss into Infinity. */
export const clipLimit = 1000;

interface NumericFeature {
  kind: 'numeric';
  column: number;
  median: number;
  /** x -> ((x / prescale) - center) / spread */
  prescale: number;
  center: number;
  spread: number;
}
interface OneHotFeature {
  kind: 'onehot';
  column: number;
  code: number;
}
type Feature = NumericFeature | OneHotFeature;

export interface FittedEncoder {
  features: Feature[];
  featureNames: string[];
  /** Encoded feature -> original column, for per-column contributions. */
  featureColumns: Int32Array;
  /** Per encoded numeric column: cells imputed over all rows. */
  imputed: { column: number; count: number }[];
}

function trainNumbers(column: StoredColumn, rows: Int32Array): Float64Array {
  const values = new Float64Array(rows.length);
  let n = 0;
  for (const row of rows) {
    const v = numberAt(column, row);
    if (Number.isFinite(v)) values[n++] = v;
  }
  return values.subarray(0, n).sort();
}

function fitNumeric(column: number, stored: StoredColumn, rows: Int32Array, scaling: Scaling): NumericFeature {
  const sorted = trainNumbers(stored, rows);
  if (sorted.length === 0) return { kind: 'numeric', column, median: 0, prescale: 1, center: 0, spread: 1 };
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  // Dividing by the largest magnitude first keeps sums of 1e308-sized values finite.
  const largest = Math.max(Math.abs(sorted[0]), Math.abs(sorted[sorted.length - 1]));
  const prescale = largest > 1e100 ? largest : 1;
  if (scaling === 'minmax') {
    const low = sorted[0] / prescale;
    const range = sorted[sorted.length - 1] / prescale - low;
    return { kind: 'numeric', column, median, prescale, center: low, spread: range > 0 ? range : 1 };
  }
  let mean = 0;
  for (const v of sorted) mean += v / prescale;
  mean /= sorted.length;
  let squares = 0;
  for (const v of sorted) squares += (v / prescale - mean) ** 2;
  const std = Math.sqrt(squares / sorted.length);
  return { kind: 'numeric', column, median, prescale, center: mean, spread: std > 0 ? std : 1 };
}

/**
 * Rows read as sequences share one mean and spread across all their steps: scaling each step on
 * its own would flatten the shape that makes a sequence normal (a heartbeat's peak).
 */
function fitSequence(columns: number[], table: CsvTable, rows: Int32Array): NumericFeature[] {
  let count = 0;
  let sum = 0;
  let squares = 0;
  const medians = columns.map((c) => {
    const sorted = trainNumbers(table.columns[c], rows);
    for (const v of sorted) {
      count += 1;
      sum += v;
      squares += v * v;
    }
    return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : 0;
  });
  const mean = count ? sum / count : 0;
  const std = count ? Math.sqrt(Math.max(0, squares / count - mean * mean)) : 1;
  return columns.map((column, i) => ({
    kind: 'numeric',
    column,
    median: medians[i],
    prescale: 1,
    center: mean,
    spread: std > 0 ? std : 1,
  }));
}

/** Image tables share one range across all pixels (sharedImageScale: the rule the image sets follow too). */
function fitImage(columns: number[], table: CsvTable, rows: Int32Array): NumericFeature[] {
  let low = Infinity;
  let high = -Infinity;
  for (const c of columns) {
    for (const row of rows) {
      const v = numberAt(table.columns[c], row);
      if (Number.isFinite(v)) {
        if (v < low) low = v;
        if (v > high) high = v;
      }
    }
  }
  const { center, spread } = sharedImageScale(low, high);
  return columns.map((column) => ({ kind: 'numeric', column, median: center, prescale: 1, center, spread }));
}

export function fitEncoder(
  table: CsvTable,
  featureColumns: number[],
  trainRows: Int32Array,
  scaling: Scaling,
): FittedEncoder {
  const shared = scaling === 'image' || scaling === 'sequence';
  const numericColumns = featureColumns.filter((c) => table.profiles[c].kind === 'numeric' || shared);
  const numeric =
    scaling === 'image'
      ? fitImage(numericColumns, table, trainRows)
      : scaling === 'sequence'
        ? fitSequence(numericColumns, table, trainRows)
        : numericColumns.map((c) => fitNumeric(c, table.columns[c], trainRows, scaling));
  const byColumn = new Map(numeric.map((f) => [f.column, f]));
  const features: Feature[] = [];
  const names: string[] = [];
  for (const c of featureColumns) {
    const numericFeature = byColumn.get(c);
    if (numericFeature) {
      features.push(numericFeature);
      names.push(table.header[c]);
      continue;
    }
    const stored = table.columns[c];
    if (!stored.codes) continue;
    const seen = new Uint8Array(stored.values.length);
    for (const row of trainRows) if (stored.codes[row] !== missingCode) seen[stored.codes[row]] = 1;
    seen.forEach((wasSeen, code) => {
      if (!wasSeen) return;
      features.push({ kind: 'onehot', column: c, code });
      names.push(`${table.header[c]}=${stored.values[code]}`);
    });
  }
  const imputed = numeric.map((f) => {
    const stored = table.columns[f.column];
    let count = 0;
    for (let row = 0; row < table.rowCount; row += 1) if (!Number.isFinite(numberAt(stored, row))) count += 1;
    return { column: f.column, count };
  });
  return { features, featureNames: names, featureColumns: Int32Array.from(features, (f) => f.column), imputed };
}

/** Encodes the given rows (all rows when omitted) into a row-major Float32Array. */
export function encodeRows(table: CsvTable, encoder: FittedEncoder, rows?: Int32Array): Float32Array {
  const count = rows ? rows.length : table.rowCount;
  const width = encoder.features.length;
  const out = new Float32Array(count * width);
  encoder.features.forEach((feature, f) => {
    const stored = table.columns[feature.column];
    for (let i = 0; i < count; i += 1) {
      const row = rows ? rows[i] : i;
      let value: number;
      if (feature.kind === 'onehot') value = stored.codes![row] === feature.code ? 1 : 0;
      else {
        let x = numberAt(stored, row);
        if (!Number.isFinite(x)) x = feature.median;
        value = (x / feature.prescale - feature.center) / feature.spread;
        value = Math.min(Math.max(value, -clipLimit), clipLimit);
      }
      out[i * width + f] = value;
    }
  });
  return out;
}
