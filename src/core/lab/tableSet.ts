import { boxPlot, type BoxPlot } from '../detect/boxPlot';
import type { LabConfig } from '../config';
import { encodeRows, fitEncoder, type FittedEncoder } from '../data/csv/encode';
import { numberAt } from '../data/csv/columnStore';
import type { CsvTable } from '../data/csv/parse';
import {
  anomalyFlags,
  imageColumns,
  modelColumns,
  planWarnings,
  rowSequenceMode,
  seriesOrder,
  type PlanWarning,
  type TablePlan,
} from '../data/csv/plan';
import { oneClassSplit, type OneClassSplit } from '../data/split';
import { seriesSplit } from '../data/seriesSplit';
import { gatherUnits } from '../data/rows';
import { createRandom, shuffleInPlace } from '../random';
import type { TrainingSet } from './session';

/**
 * A dropped table turned into a run: units (rows, or sliding windows of rows for a series), the
 * split, the encoder fitted on the training units' rows, and what the page shows about it.
 */
export interface PreparedTable {
  counts: OneClassSplit['counts'];
  labelled: boolean;
  featureNames: string[];
  /** Original column of each encoded feature, and the names of all columns. */
  featureColumns: Int32Array;
  columnNames: string[];
  imputed: { column: string; count: number }[];
  /** Rows per unit (1, or the window) and the step between windows. */
  window: number;
  stride: number;
  /**
   * Per test unit, for the row it stands for (its last: a window ends there): the file row number,
   * the label text, and whether that row is anomalous.
   */
  testRowNumbers: Int32Array;
  testLabels: string[];
  testIsAnomaly: Uint8Array;
  /** Series mode: positions in series order of the units' first rows, and the chart data. */
  series: SeriesView | null;
  /**
   * Units that are sequences (series windows, or rows read as sequences): steps and channels per
   * unit, the channels' names, and the sample units with their scaled values (the sequence chart).
   */
  sequence: SequenceView | null;
  /** Square tables viewed as images: pixels 0-255 of the test units, and the sample-grid units. */
  image: { side: number; testImages: Uint8Array; sampleRows: number[] } | null;
  /** Box plots of the numeric columns over the training rows, by column index (the column table draws them). */
  boxPlots: Record<number, BoxPlot>;
  /** Reasons to expect little from this plan (shown before training; they do not stop it). */
  warnings: PlanWarning[];
}

export interface SequenceView {
  steps: number;
  channels: number;
  channelNames: string[];
  /** Test positions of the sample units, and their values (step-major, as the model reads them). */
  sampleRows: number[];
  sampleValues: Float32Array;
}

export interface SeriesView {
  columns: string[];
  length: number;
  /** First positions in series order of the test units, and of the training units (fit, then validation). */
  testStarts: Int32Array;
  trainStarts: Int32Array;
  /** Per column, min and max of the standardised values in each of `buckets` equal spans. */
  buckets: number;
  low: Float32Array;
  high: Float32Array;
}

export interface TableRun {
  key: string;
  set: TrainingSet;
  prepared: PreparedTable;
  /** The preprocessing fitted on the training rows (scoring a new file reuses it). */
  encoder: FittedEncoder;
  units: { fit: Int32Array; validation: Int32Array; test: Int32Array };
  /** Every row's encoded features (row-major, file order), and how many each row has. */
  encoded: Float32Array;
  rowWidth: number;
  /** Per row (file order), 1 when its label marks it anomalous; null without labels. */
  rowFlags: Uint8Array | null;
  /** File row number of every row (as the ranked table and the export name them). */
  rowNumbers: Int32Array;
  /** Series order of rows, and where each unit starts in it. */
  order: Int32Array;
  unitStart: (unit: number) => number;
  unitCount: number;
}

/** Windows beyond this many floats start every few rows instead of every row. */
const maxWindowFloats = 16_000_000;
const seriesBuckets = 800;
const sampleGridUnits = 8;

function allUnitsSplit(count: number, seed: number, limit: number): OneClassSplit {
  const all = shuffleInPlace(
    Array.from({ length: count }, (_, i) => i),
    createRandom(seed),
  );
  const train = limit > 0 ? all.slice(0, limit) : all;
  const validationCount = train.length >= 10 ? Math.round(train.length * 0.1) : 0;
  return {
    fitIndices: Int32Array.from(train.slice(validationCount)),
    validationIndices: Int32Array.from(train.slice(0, validationCount)),
    // Unlabelled data is scored where it was learned: all of it, in file order.
    testIndices: Int32Array.from({ length: count }, (_, i) => i),
    testIsAnomaly: new Uint8Array(count),
    labelledIndices: new Int32Array(0),
    labelledNormalPositions: new Int32Array(0),
    counts: {
      train: train.length,
      fit: train.length - validationCount,
      validation: validationCount,
      contamination: 0,
      testNormal: count,
      testAnomalous: 0,
      labelledAnomalies: 0,
      labelledNormal: 0,
    },
  };
}

function labelText(table: CsvTable, plan: TablePlan, row: number): string {
  if (plan.labelColumn === null) return '';
  const stored = table.columns[plan.labelColumn];
  if (!stored.codes) return '';
  const code = stored.codes[row];
  return code < stored.values.length ? stored.values[code] : '';
}

/** Each numeric column's box plot over the training rows (what the detectors learn "normal" from). */
function trainingBoxPlots(table: CsvTable, trainRows: Int32Array): Record<number, BoxPlot> {
  const plots: Record<number, BoxPlot> = {};
  table.profiles.forEach((profile, c) => {
    if (profile.kind !== 'numeric') return;
    const plot = boxPlot(Float64Array.from(trainRows, (r) => numberAt(table.columns[c], r)));
    if (plot) plots[c] = plot;
  });
  return plots;
}

export function buildTableRun(
  table: CsvTable,
  plan: TablePlan,
  config: Pick<LabConfig, 'seed' | 'contamination' | 'limit'> & Partial<Pick<LabConfig, 'labelled' | 'labelnormal'>>,
  key: string,
): TableRun {
  const columns = modelColumns(table, plan);
  const rowFlags = anomalyFlags(table, plan);
  const order = plan.timeSeries ? seriesOrder(table, plan) : Int32Array.from({ length: table.rowCount }, (_, i) => i);
  const window = plan.timeSeries ? plan.window : 1;
  const stride = plan.timeSeries
    ? Math.max(1, Math.ceil(((table.rowCount - window + 1) * window * columns.length) / maxWindowFloats))
    : 1;
  const unitCount = Math.floor((table.rowCount - window) / stride) + 1;
  const unitStart = (unit: number) => unit * stride;

  let unitFlags: Uint8Array | null = null;
  if (rowFlags) {
    unitFlags = new Uint8Array(unitCount);
    for (let u = 0; u < unitCount; u += 1) {
      for (let k = 0; k < window && !unitFlags[u]; k += 1) unitFlags[u] = rowFlags[order[unitStart(u) + k]];
    }
  }
  let split: OneClassSplit;
  if (!unitFlags) split = allUnitsSplit(unitCount, config.seed, config.limit);
  else if (plan.timeSeries) {
    // Overlapping windows are split by contiguous blocks with a gap, never at random.
    split = seriesSplit({
      unitIsAnomaly: unitFlags,
      window,
      stride,
      seed: config.seed,
      contaminationPercent: config.contamination,
      limit: config.limit,
    });
  } else {
    split = oneClassSplit({
      labels: unitFlags,
      normalClasses: [0],
      seed: config.seed,
      contaminationPercent: config.contamination,
      limit: config.limit,
      // A table's label column marks rows anomalous or not: every labelled anomaly is of the one known class.
      labelled: config.labelled,
      labelledNormal: config.labelnormal,
    });
  }

  // Fit scaling on the rows the training units cover, and nothing else.
  const trainRowMark = new Uint8Array(table.rowCount);
  for (const indices of [split.fitIndices, split.validationIndices]) {
    for (const u of indices) for (let k = 0; k < window; k += 1) trainRowMark[order[unitStart(u) + k]] = 1;
  }
  const trainRows = Int32Array.from(Array.from(trainRowMark.keys()).filter((r) => trainRowMark[r]));
  const rowSequences = rowSequenceMode(table, plan);
  const scaling = rowSequences
    ? 'sequence'
    : plan.asImages && !plan.timeSeries && imageColumns(table.profiles, plan.labelColumn)
      ? 'image'
      : plan.scaling;
  const encoder = fitEncoder(table, columns, trainRows, scaling);
  const encoded = encodeRows(table, encoder);
  const rowWidth = encoder.features.length;
  const width = rowWidth * window;

  const gather = (units: Int32Array | number[]) =>
    gatherUnits(encoded, rowWidth, units, window, (u, k) => order[unitStart(u) + k]);

  const test = split.testIndices;
  // Each unit stands for the row it ends at (a single row is its own end), as the live monitor
  // scores a row once its window is complete: the view names, labels and ranks rows, and window
  // scores reach those rows through endRowScores (the store, with `rowscore`).
  const endRow = (u: number) => order[unitStart(u) + window - 1];
  const testIsAnomaly = rowFlags ? Uint8Array.from(test, (u) => rowFlags[endRow(u)]) : split.testIsAnomaly;
  const testAnomalous = testIsAnomaly.reduce((n, v) => n + v, 0);
  const isImage = scaling === 'image';
  const side = Math.round(Math.sqrt(rowWidth));
  const shape = plan.timeSeries
    ? { steps: window, channels: rowWidth }
    : rowSequences
      ? { steps: rowWidth, channels: 1 }
      : null;
  const sampleRows = isImage || shape ? pickSamples(testIsAnomaly) : [];
  const groups = new Int32Array(width);
  for (let k = 0; k < window; k += 1) groups.set(encoder.featureColumns, k * rowWidth);

  const prepared: PreparedTable = {
    counts: { ...split.counts, testAnomalous, testNormal: test.length - testAnomalous },
    labelled: rowFlags !== null,
    featureNames: encoder.featureNames,
    featureColumns: encoder.featureColumns,
    columnNames: table.header,
    imputed: encoder.imputed
      .filter((i) => i.count > 0)
      .map((i) => ({ column: table.header[i.column], count: i.count })),
    window,
    stride,
    testRowNumbers: Int32Array.from(test, (u) => table.rowNumbers[endRow(u)]),
    testLabels: Array.from(test, (u) => labelText(table, plan, endRow(u))),
    testIsAnomaly,
    series: plan.timeSeries
      ? seriesView(encoded, rowWidth, order, encoder.featureNames, {
          test: Int32Array.from(test, unitStart),
          train: Int32Array.from([...split.fitIndices, ...split.validationIndices], unitStart),
        })
      : null,
    image: isImage ? { side, testImages: toPixels(gather(test)), sampleRows } : null,
    sequence: shape && {
      ...shape,
      channelNames: rowSequences ? ['value'] : encoder.featureNames,
      sampleRows,
      sampleValues: gather(sampleRows.map((row) => test[row])),
    },
    // Pixels need no box plots (the column table is not shown for images).
    boxPlots: isImage ? {} : trainingBoxPlots(table, trainRows),
    warnings: planWarnings(table, plan),
  };
  return {
    key,
    set: {
      featureCount: width,
      fit: gather(split.fitIndices),
      validation: gather(split.validationIndices),
      test: gather(test),
      samples: gather(sampleRows.map((row) => test[row])),
      outputActivation: isImage ? 'sigmoid' : 'linear',
      sequence: shape ?? undefined,
      imageSide: isImage ? side : undefined,
      featureGroups: { groups, groupCount: table.header.length },
      testIsAnomaly,
      labels: { anomalies: gather(split.labelledIndices), normalPositions: split.labelledNormalPositions },
      itemIds: {
        train: Int32Array.from([...split.fitIndices, ...split.validationIndices]),
        test: Int32Array.from(test),
      },
    },
    prepared,
    encoder,
    units: { fit: split.fitIndices, validation: split.validationIndices, test },
    encoded,
    rowWidth,
    rowFlags,
    rowNumbers: table.rowNumbers,
    order,
    unitStart,
    unitCount,
  };
}

function pickSamples(isAnomaly: Uint8Array): number[] {
  const rows = [...isAnomaly.keys()];
  const normals = rows.filter((r) => !isAnomaly[r]).slice(0, sampleGridUnits / 2);
  const anomalies = rows.filter((r) => isAnomaly[r]).slice(0, sampleGridUnits - normals.length);
  return [...normals, ...anomalies, ...rows.slice(normals.length + anomalies.length, sampleGridUnits)].slice(
    0,
    sampleGridUnits,
  );
}

function toPixels(values: Float32Array): Uint8Array {
  return Uint8Array.from(values, (v) => Math.round(Math.min(Math.max(v, 0), 1) * 255));
}

function seriesView(
  encoded: Float32Array,
  rowWidth: number,
  order: Int32Array,
  names: string[],
  starts: { test: Int32Array; train: Int32Array },
): SeriesView {
  const length = order.length;
  const buckets = Math.min(seriesBuckets, length);
  const low = new Float32Array(buckets * rowWidth).fill(Infinity);
  const high = new Float32Array(buckets * rowWidth).fill(-Infinity);
  for (let p = 0; p < length; p += 1) {
    const b = Math.min(buckets - 1, Math.floor((p * buckets) / length));
    const row = order[p];
    for (let f = 0; f < rowWidth; f += 1) {
      const v = encoded[row * rowWidth + f];
      if (v < low[b * rowWidth + f]) low[b * rowWidth + f] = v;
      if (v > high[b * rowWidth + f]) high[b * rowWidth + f] = v;
    }
  }
  return { columns: names, length, testStarts: starts.test, trainStarts: starts.train, buckets, low, high };
}

/**
 * A score per file row from the units' scores as the view shows them (each unit stands for the row
 * it ends at; test scores where a row is also a training unit's): rows no unit ends at (the first
 * window - 1 rows of a series) get NaN, an empty cell in the export.
 */
export function rowScores(run: TableRun, scores: { test: Float32Array; train: Float32Array }): Float32Array {
  const out = new Float32Array(run.order.length).fill(Number.NaN);
  const endOf = (u: number) => run.order[run.unitStart(u) + run.prepared.window - 1];
  [...run.units.fit, ...run.units.validation].forEach((u, i) => (out[endOf(u)] = scores.train[i]));
  run.units.test.forEach((u, i) => (out[endOf(u)] = scores.test[i]));
  return out;
}
