import { missingCode } from './columnStore';
import type { CsvTable } from './parse';

/**
 * What can be wrong with the time column of a series, found before training: rows without a
 * time, rows out of time order in the file (the lab sorts them, but a new file scored later must
 * be sorted too), repeated times, and gaps much longer than the usual step.
 */
export type SeriesIssue =
  | { id: 'series-missing-time'; column: string; count: number; firstRow: number }
  | { id: 'series-unsorted'; column: string; count: number; firstRow: number }
  | { id: 'series-repeated-time'; column: string; count: number; firstRow: number }
  | { id: 'series-gaps'; column: string; count: number; firstRow: number; usual: string; longest: string };

/** A gap this many times the usual (median) step counts as a gap. */
const gapFactor = 3;

/** Milliseconds as the page words them: "2 h", "3 d", "45 min", "10 s". */
export function spanText(ms: number): string {
  const units: [number, string][] = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [1000, 's'],
  ];
  for (const [size, unit] of units) if (ms >= size) return `${Number((ms / size).toFixed(1))} ${unit}`;
  return `${ms} ms`;
}

/** Times of a date/time column in file order (NaN where missing or unreadable). */
export function columnTimes(table: CsvTable, column: number): Float64Array {
  const stored = table.columns[column];
  if (!stored.codes && stored.times) return stored.times;
  const times = new Float64Array(table.rowCount);
  const cache = new Map<number, number>();
  for (let r = 0; r < table.rowCount; r += 1) {
    const code = stored.codes ? stored.codes[r] : missingCode;
    if (code === missingCode || code < 0) times[r] = Number.NaN;
    else {
      if (!cache.has(code)) cache.set(code, Date.parse(stored.values[code]));
      times[r] = cache.get(code)!;
    }
  }
  return times;
}

// A loaded table never changes: its checks are computed once per column, though both the plan's
// problem (missing times) and its warnings (the rest) ask for them on every plan change.
const checked = new WeakMap<CsvTable, Map<number, SeriesIssue[]>>();

/** The issues of a series ordered by `column` (file row numbers are 1-based, after the header). */
export function seriesIssues(table: CsvTable, column: number): SeriesIssue[] {
  let columns = checked.get(table);
  if (!columns) checked.set(table, (columns = new Map()));
  let issues = columns.get(column);
  if (!issues) columns.set(column, (issues = findSeriesIssues(table, column)));
  return issues;
}

function findSeriesIssues(table: CsvTable, column: number): SeriesIssue[] {
  const name = table.header[column];
  const times = columnTimes(table, column);
  const row = (r: number) => table.rowNumbers[r];
  const issues: SeriesIssue[] = [];
  const missing = [...times.keys()].filter((r) => Number.isNaN(times[r]));
  if (missing.length)
    issues.push({ id: 'series-missing-time', column: name, count: missing.length, firstRow: row(missing[0]) });
  const present = [...times.keys()].filter((r) => !Number.isNaN(times[r]));
  const backwards = present.filter((r, i) => i > 0 && times[r] < times[present[i - 1]]);
  if (backwards.length) {
    issues.push({ id: 'series-unsorted', column: name, count: backwards.length, firstRow: row(backwards[0]) });
  }
  const sorted = [...present].sort((a, b) => times[a] - times[b] || a - b);
  const repeated = sorted.filter((r, i) => i > 0 && times[r] === times[sorted[i - 1]]);
  if (repeated.length) {
    issues.push({ id: 'series-repeated-time', column: name, count: repeated.length, firstRow: row(repeated[0]) });
  }
  const steps = sorted.slice(1).map((r, i) => ({ row: r, step: times[r] - times[sorted[i]] }));
  const positive = steps
    .map((s) => s.step)
    .filter((s) => s > 0)
    .sort((a, b) => a - b);
  if (positive.length >= 2) {
    const usual = positive[Math.floor((positive.length - 1) / 2)];
    const gaps = steps.filter((s) => s.step > gapFactor * usual);
    if (gaps.length) {
      const longest = Math.max(...gaps.map((g) => g.step));
      issues.push({
        id: 'series-gaps',
        column: name,
        count: gaps.length,
        firstRow: row(gaps[0].row),
        usual: spanText(usual),
        longest: spanText(longest),
      });
    }
  }
  return issues;
}
