import { CancelledError, readBlobText } from '../core/data/csv/decode';
import { message, MessageError } from '../core/messages';
import { messageText } from '../i18n/translate';
import { exportScoredCsv } from '../core/data/csv/export';
import { loadTable } from '../core/data/csv/load';
import { textAt } from '../core/data/csv/columnStore';
import type { CsvTable } from '../core/data/csv/parse';
import { planProblem } from '../core/data/csv/plan';
import { summariseTable } from '../core/data/csv/summary';
import type { LabSession } from '../core/lab/session';
import { buildTableRun, rowScores, type TableRun } from '../core/lab/tableSet';
import type { PrepareOutcome, PrepareRequest, SourceHost, SourceInput, SourceLoadOutcome } from './sourceHost';
import { encodeRecords, portableEncoder, type PortableEncoder } from '../core/data/csv/portableEncoder';
import { monitorInfo, monitorUnits, type MonitorInfo } from '../core/lab/monitorFeed';
import { splitKey } from '../core/lab/splitKey';
import { checkFile, exportStreamed, scoreFile, type FileCheck, type ScoredFile } from '../core/lab/scoreFile';

/** A slice of the live monitor's replay, as the page draws it. */
export interface MonitorBatch {
  from: number;
  /** Per row: the score of the unit it ends (NaN for the first window - 1 rows of a series). */
  scores: Float32Array;
  values: Float32Array;
  rowNumbers: Int32Array;
  truth: Uint8Array | null;
  /** Per row: the columns carrying most of its unit's reconstruction error, largest first. */
  drivers: string[][];
}

/** The worker's side of the CSV view: the source file, its parsed table, the current run and scores. */
export class TableHost implements SourceHost<'table'> {
  private source: Blob | null = null;
  private table: CsvTable | null = null;
  private run: TableRun | null = null;
  private scores: { test: Float32Array; train: Float32Array } | null = null;
  private cancelled = false;
  private generation = 0;
  private decimalComma = false;
  /**
   * A saved model opened without its training file: its preprocessing and the training header, which
   * stand in for the run's until a table run is prepared again.
   */
  private saved: { encoder: PortableEncoder; header: string[] } | null = null;
  /** The last new file scored (kept for its export: the file, not its rows). */
  private scored: { blob: Blob; scores: Float32Array; delimiter: string } | null = null;

  constructor(private readonly session: LabSession) {}

  async load(
    { file, fileName, options }: Extract<SourceInput, { kind: 'table' }>,
    onProgress: (fraction: number) => void,
  ): Promise<SourceLoadOutcome<'table'>> {
    this.cancelled = false;
    try {
      const result = await loadTable(file, options, { onProgress, isCancelled: () => this.cancelled });
      // A failed load keeps the table the user already had.
      if (!result.ok) return result;
      this.source = file;
      this.table = result.table;
      this.decimalComma = options.decimalComma;
      this.run = null;
      this.scores = null;
      this.saved = null;
      this.generation += 1;
      return { ok: true, kind: 'table', summary: summariseTable(result.table, fileName) };
    } catch (error) {
      if (error instanceof CancelledError) return { ok: false, cancelled: true };
      throw error;
    }
  }

  cancel(): void {
    this.cancelled = true;
  }

  /** Splits and encodes the table for a plan, and hands the rows to the session. */
  prepare({ plan, config }: Extract<PrepareRequest, { kind: 'table' }>): PrepareOutcome<'table'> {
    const table = this.table;
    if (!table) return { ok: false, problem: { id: 'no-table' } };
    const problem = planProblem(table, plan);
    if (problem) return { ok: false, problem };
    this.saved = null;
    const key = splitKey(config, ['table', this.generation, plan]);
    if (this.run?.key !== key) {
      this.run = buildTableRun(table, plan, config, key);
      this.scores = null;
    }
    const run = this.run;
    this.session.setTrainingSet(key, () => run.set);
    return { ok: true, kind: 'table', prepared: run.prepared };
  }

  /** The cells of the row a test unit stands for (its last) as the file has them, one per column. */
  rowCells(testUnit: number): string[] {
    const { table, run } = this;
    if (!table || !run) throw new MessageError(message('plan.problem.no-table'));
    const row = run.order[run.unitStart(run.units.test[testUnit]) + run.prepared.window - 1];
    return table.columns.map((column) => textAt(column, row));
  }

  /**
   * "What if": a test row's cells as the user edited them (every column, as rowCells gave them),
   * encoded as the training rows were, scored and explained by the current detector. Rows only: a
   * series window is many rows, and its chart is where it is edited.
   */
  async whatIf(cells: string[], seed: number): Promise<{ score: number; attributions: Float32Array }> {
    const encoder = this.portable();
    if ((encoder.window ?? 1) > 1) throw new MessageError(message('err.core.whatIfRows'));
    const encoded = new Float32Array(encoder.features.length);
    encodeRecords(encoder, encoder.positions, [cells], encoded);
    return this.session.whatIf(encoded, seed);
  }

  /** Scores new files with a saved model's preprocessing, without the table it was trained on. */
  useSavedPreprocessing(encoder: PortableEncoder, header: string[]): void {
    this.saved = { encoder, header };
    this.scored = null;
  }

  /** The run's preprocessing by column name (with its window for a series model), for another file. */
  private portable(): PortableEncoder {
    if (this.saved) return this.saved.encoder;
    const { table, run } = this;
    if (!table || !run) throw new MessageError(message('err.core.scoreTableFirst'));
    const window = run.prepared.window;
    return { ...portableEncoder(table, run.encoder, this.decimalComma), ...(window > 1 ? { window } : {}) };
  }

  /** The run's preprocessing for a project file or an export (null without a run). */
  preprocessing(): PortableEncoder | null {
    if (this.saved) return this.saved.encoder;
    return this.run ? this.portable() : null;
  }

  /** A new file's header and first rows against the model's columns. */
  checkFile(blob: Blob): Promise<FileCheck> {
    return checkFile(blob, this.portable(), this.saved?.header ?? this.table!.header);
  }

  /** Streams a new file through the saved preprocessing and the current detector, a slice at a time. */
  async scoreFile(
    blob: Blob,
    onProgress: (fraction: number) => void,
    rowscore: 'max' | 'mean' = 'max',
  ): Promise<ScoredFile | null> {
    const encoder = this.portable();
    this.cancelled = false;
    try {
      const scored = await scoreFile(
        blob,
        encoder,
        (x, n) => this.session.scoreRows(x, n),
        { onProgress, isCancelled: () => this.cancelled },
        { rowScore: rowscore },
      );
      this.scored = { blob, scores: scored.scores.slice(), delimiter: scored.delimiter };
      return scored;
    } catch (error) {
      if (error instanceof CancelledError) return null;
      throw error;
    }
  }

  /** The scored new file's rows plus score and is_anomaly at the threshold, as a CSV file. */
  async exportScoredFile(threshold: number): Promise<Blob> {
    const scored = this.scored;
    if (!scored) throw new MessageError(message('err.core.scoreFileFirst'));
    return exportStreamed(scored.blob, scored.scores, threshold, this.portable().hadHeader);
  }

  /** What the live monitor replays: the prepared table's rows in order. */
  monitorInfo(): MonitorInfo {
    if (!this.run || !this.scores) throw new MessageError(message('err.core.monitorFirst'));
    return monitorInfo(this.run);
  }

  /** The next rows of the replay, each scored as the unit it ends, with what drove the score. */
  async monitorRows(from: number, count: number): Promise<MonitorBatch> {
    if (!this.run || !this.scores) throw new MessageError(message('err.core.monitorFirst'));
    const units = monitorUnits(this.run, from, count);
    const n = units.rowNumbers.length;
    const scores = new Float32Array(n).fill(Number.NaN);
    const drivers = new Int32Array(n * 2).fill(-1);
    if (units.scored.length) {
      const scored = await this.session.scoreArriving(units.features, units.scored.length);
      units.scored.forEach((i, k) => {
        scores[i] = scored.scores[k];
        drivers.set(scored.drivers.subarray(k * 2, k * 2 + 2), i * 2);
      });
    }
    const names = this.run.prepared.columnNames;
    return {
      from,
      scores,
      values: units.values,
      rowNumbers: units.rowNumbers,
      truth: units.truth,
      drivers: Array.from({ length: n }, (_, i) =>
        [drivers[i * 2], drivers[i * 2 + 1]].filter((c) => c >= 0).map((c) => names[c]),
      ),
    };
  }

  keepScores(test: Float32Array, train: Float32Array): void {
    this.scores = { test: test.slice(), train: train.slice() };
  }

  /** The original rows plus score and is_anomaly at the threshold, as a CSV file. */
  async exportCsv(threshold: number, view: { test?: Float32Array; train?: Float32Array } = {}): Promise<Blob> {
    const { table, source, run, scores } = this;
    if (!table || !source || !run || !scores) throw new MessageError(message('err.core.exportUntrained'));
    const read = await readBlobText(source, {}, table.encoding?.name);
    // The file read before, so this is rare (changed on disk); the worker has no page language: English.
    if (!read.ok) throw new Error(messageText('en', read.reason));
    const csv = exportScoredCsv({
      text: read.text,
      delimiter: table.delimiter,
      hadHeader: table.hadHeader,
      header: table.header,
      rowNumbers: table.rowNumbers,
      // The scores the page thresholds (series windows as the rows they end at, smoothed where it smooths them).
      scores: rowScores(run, { test: view.test ?? scores.test, train: view.train ?? scores.train }),
      threshold,
    });
    return new Blob([csv], { type: 'text/csv' });
  }
}
