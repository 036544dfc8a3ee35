import type { TextEncoding } from './encoding';
import Papa from 'papaparse';
import { isMissing, parseNumber } from './cells';
import { ColumnStore, type StoredColumn } from './columnStore';
import { profileFromStats, type ColumnProfile } from './columns';
import { CancelledError } from './decode';
import { message, type Message } from '../../messages';

/** A parsed table, stored by column (see ColumnStore), with what the user should know about it. */
export interface CsvTable {
  header: string[];
  columns: StoredColumn[];
  profiles: ColumnProfile[];
  rowCount: number;
  /** For each kept row, its 1-based position among the file's data rows (skipped rows leave gaps). */
  rowNumbers: Int32Array;
  delimiter: string;
  /** False when the first row was data and the names were made up. */
  hadHeader: boolean;
  /** Things the user should know that did not stop the parse. */
  warnings: Message[];
  /** The text encoding the file was read in, and whether it was detected (or chosen by the user). */
  encoding?: { name: TextEncoding; detected: boolean };
}

export type ParseResult = { ok: true; table: CsvTable } | { ok: false; reason: Message };

export interface ParseOptions {
  decimalComma?: boolean;
  /** Characters per parsed chunk; between chunks the parser yields so Cancel can arrive. */
  chunkSize?: number;
}

export interface ParseHooks {
  onProgress?(fraction: number): void;
  isCancelled?(): boolean;
}

const delimiterNames: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
export const papaDelimiters = [',', ';', '\t', '|'];

/** A first row is a header when none of its cells is a number (some may be empty) and some column
 *  below it has one, or when its cells never appear again in their columns. */
function looksLikeHeader(first: string[], rest: string[][], decimalComma: boolean): boolean {
  if (first.every(isMissing) || first.some((cell) => parseNumber(cell, decimalComma) !== null)) return false;
  if (rest.length === 0) return true;
  const numericBelow = first.some((_, c) =>
    rest.some((row) => row[c] !== undefined && parseNumber(row[c], decimalComma) !== null),
  );
  const repeated = first.some((cell, c) => rest.some((row) => row[c] === cell));
  return numericBelow || !repeated;
}

/** Empty names become column_N; repeated names get _2, _3, ... */
function uniqueNames(names: string[], warnings: Message[]): string[] {
  const seen = new Map<string, number>();
  let renamedEmpty = 0;
  let renamedDuplicate = 0;
  const result = names.map((raw, i) => {
    let name = raw.trim();
    if (name === '') {
      name = `column_${i + 1}`;
      renamedEmpty += 1;
    }
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count > 1) {
      renamedDuplicate += 1;
      return `${name}_${count}`;
    }
    return name;
  });
  if (renamedEmpty) warnings.push(message('load.warn.unnamed', { n: renamedEmpty }));
  if (renamedDuplicate) warnings.push(message('load.warn.duplicate', { n: renamedDuplicate }));
  return result;
}

/** Growable Int32 list of row numbers. */
class RowNumbers {
  private data = new Int32Array(1024);
  length = 0;
  push(n: number) {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = n;
  }
  trimmed() {
    return this.data.slice(0, this.length);
  }
}

/** Notes about values the model will not take as they are. */
function valueWarnings(profiles: ColumnProfile[], columns: StoredColumn[]): Message[] {
  const warnings: Message[] = [];
  for (const [c, p] of profiles.entries()) {
    if (p.kind === 'empty') warnings.push(message('load.warn.emptyColumn', { column: p.name }));
    const { text, commaNumbers } = columns[c].stats;
    if (text > 0 && commaNumbers >= text * 0.9) {
      warnings.push(message('load.warn.decimalComma', { column: p.name }));
    }
    if (p.kind !== 'numeric') continue;
    if (p.nonFinite) warnings.push(message('load.warn.infinite', { column: p.name, n: p.nonFinite }));
    if (p.textAsMissing) warnings.push(message('load.warn.textInNumeric', { column: p.name, n: p.textAsMissing }));
    const extreme = Math.max(Math.abs(p.min ?? 0), Math.abs(p.max ?? 0));
    if (Number.isFinite(extreme) && extreme > 1e30) {
      warnings.push(message('load.warn.extreme', { column: p.name, value: extreme.toExponential(0) }));
    }
  }
  return warnings;
}

/**
 * Parses CSV text in chunks with papaparse (delimiter , ; tab or | guessed, quoted fields with
 * newlines kept) into column stores, yielding to the event loop between chunks so progress is
 * shown and Cancel is heard. The first chunk decides the header and the width.
 */
export function parseCsvTable(text: string, options: ParseOptions = {}, hooks: ParseHooks = {}): Promise<ParseResult> {
  const decimalComma = options.decimalComma ?? false;
  const warnings: Message[] = [];
  let header: string[] | null = null;
  let hadHeader = false;
  let width = 0;
  let stores: ColumnStore[] = [];
  const rowNumbers = new RowNumbers();
  let dataRows = 0;
  let ragged = 0;
  let firstRaggedRow = 0;
  let failure: Message | null = null;
  let unclosedQuoteRow = 0;
  let delimiter = ',';

  return new Promise<ParseResult>((resolve, reject) => {
    const finish = () => {
      if (hooks.isCancelled?.()) return reject(new CancelledError());
      if (failure) return resolve({ ok: false, reason: failure });
      if (!header) return resolve({ ok: false, reason: message('load.noRows') });
      if (hadHeader && dataRows === 0) return resolve({ ok: false, reason: message('load.headerOnly') });
      if (ragged > dataRows / 2) {
        return resolve({
          ok: false,
          reason: message('load.ragged', { ragged, rows: dataRows, width }),
        });
      }
      if (ragged > 0) warnings.push(message('load.warn.raggedSkipped', { ragged, first: String(firstRaggedRow) }));
      if (unclosedQuoteRow) warnings.push(message('load.warn.unclosedQuote', { row: String(unclosedQuoteRow) }));
      const columns = stores.map((store) => store.finish());
      const profiles = columns.map((column, c) => profileFromStats(header![c], column.stats));
      resolve({
        ok: true,
        table: {
          header,
          columns,
          profiles,
          rowCount: rowNumbers.length,
          rowNumbers: rowNumbers.trimmed(),
          delimiter,
          hadHeader,
          warnings: [...warnings, ...valueWarnings(profiles, columns)],
        },
      });
    };

    Papa.parse<string[]>(text, {
      skipEmptyLines: 'greedy',
      delimitersToGuess: papaDelimiters,
      chunkSize: options.chunkSize ?? 1 << 20,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        let records = results.data;
        if (!header) {
          delimiter = results.meta.delimiter;
          if (records.length === 0) return;
          width = records[0].length;
          if (width < 2) {
            failure = message('load.oneColumn', { delimiter: delimiterNames[delimiter] ?? `"${delimiter}"` });
            parser.abort();
            return;
          }
          hadHeader = looksLikeHeader(records[0], records.slice(1, 200), decimalComma);
          header = uniqueNames(
            hadHeader ? records[0] : records[0].map((_: string, i: number) => `column_${i + 1}`),
            warnings,
          );
          if (!hadHeader) warnings.push(message('load.warn.noHeader'));
          stores = header.map(() => new ColumnStore(decimalComma));
          if (hadHeader) records = records.slice(1);
        }
        for (const error of results.errors) {
          if (error.code === 'MissingQuotes' && !unclosedQuoteRow) unclosedQuoteRow = dataRows + (error.row ?? 0) + 1;
        }
        for (const record of records) {
          dataRows += 1;
          if (record.length !== width) {
            ragged += 1;
            if (!firstRaggedRow) firstRaggedRow = dataRows + (hadHeader ? 1 : 0);
            continue;
          }
          rowNumbers.push(dataRows);
          for (let c = 0; c < width; c += 1) stores[c].push(record[c]);
        }
        hooks.onProgress?.(Math.min(1, results.meta.cursor / text.length));
        // Give the worker's event loop a turn so a Cancel message can land.
        parser.pause();
        setTimeout(() => (hooks.isCancelled?.() ? parser.abort() : parser.resume()), 0);
      },
      complete: finish,
      error: (error: Error) => reject(error),
    });
  });
}
