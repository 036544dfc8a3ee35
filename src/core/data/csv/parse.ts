import Papa from 'papaparse';
import { isMissing, parseNumber } from './columns';

/** A parsed table: every cell kept as text; typing is the column profiler's job. */
export interface ParsedTable {
  header: string[];
  rows: string[][];
  delimiter: string;
  /** False when the first row was data and the names were made up. */
  hadHeader: boolean;
  /** Things the user should know that did not stop the parse. */
  warnings: string[];
}

export type ParseResult = { ok: true; table: ParsedTable } | { ok: false; reason: string };

const delimiterNames: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/** A first row is a header when none of its cells is a number (some may be empty) and some column
 *  below it has one, or when its cells never appear again in their columns. */
function looksLikeHeader(first: string[], rest: string[][], decimalComma: boolean): boolean {
  if (first.every(isMissing) || first.some((cell) => parseNumber(cell, decimalComma) !== null)) return false;
  if (rest.length === 0) return true;
  const numericBelow = first.some((_, c) => rest.some((row) => row[c] !== undefined && parseNumber(row[c], decimalComma) !== null));
  const repeated = first.some((cell, c) => rest.some((row) => row[c] === cell));
  return numericBelow || !repeated;
}

/** Empty names become column_N; repeated names get _2, _3, ... */
function uniqueNames(names: string[], warnings: string[]): string[] {
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
  if (renamedEmpty) warnings.push(`${renamedEmpty} column(s) had no name and were called column_N.`);
  if (renamedDuplicate) warnings.push(`${renamedDuplicate} repeated column name(s) were given a _2, _3… suffix.`);
  return result;
}

/** Parses CSV text (delimiter , ; tab or | detected, quoted fields with newlines kept). */
export function parseCsvText(text: string, options: { decimalComma?: boolean } = {}): ParseResult {
  const decimalComma = options.decimalComma ?? false;
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [',', ';', '\t', '|'] });
  const records = parsed.data;
  if (records.length === 0) return { ok: false, reason: 'The file has no rows.' };
  const delimiter = parsed.meta.delimiter;
  const warnings: string[] = [];

  const hadHeader = looksLikeHeader(records[0], records.slice(1), decimalComma);
  const body = hadHeader ? records.slice(1) : records;
  const width = records[0].length;
  if (width < 2) {
    return {
      ok: false,
      reason: `Only one column was found (read as ${delimiterNames[delimiter] ?? `"${delimiter}"`}-separated). ` +
        'The lab needs at least two columns; check the delimiter of the file.',
    };
  }
  if (hadHeader && body.length === 0) return { ok: false, reason: 'The file has a header row but no data rows.' };

  const rows = body.filter((row) => row.length === width);
  const ragged = body.length - rows.length;
  if (ragged > body.length / 2) {
    return { ok: false, reason: `Most rows (${ragged} of ${body.length}) do not have the ${width} fields of the first row; the file is not a regular table.` };
  }
  if (ragged > 0) {
    const firstLine = body.findIndex((row) => row.length !== width) + (hadHeader ? 2 : 1);
    warnings.push(`${ragged} row(s) with a different number of fields than the first row were skipped (first at row ${firstLine}).`);
  }
  const header = uniqueNames(hadHeader ? records[0] : records[0].map((_, i) => `column_${i + 1}`), warnings);
  if (!hadHeader) warnings.push('No header row was found, so the columns are called column_1, column_2, …');
  return { ok: true, table: { header, rows, delimiter, hadHeader, warnings } };
}
