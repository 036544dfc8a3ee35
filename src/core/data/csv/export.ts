import Papa from 'papaparse';
import { parseNumber } from './cells';
import { exportColumns } from './plan';

/**
 * A cell a spreadsheet would run as a formula (starting with = + - @ tab or CR) gets a leading
 * apostrophe. Plain numbers such as -3.5 are left alone: they are data, not formulas, and quoting
 * them would turn every negative number into text.
 */
export function escapeFormula(cell: string): string {
  if (!/^[=+\-@\t\r]/.test(cell)) return cell;
  if (parseNumber(cell) !== null && Number.isFinite(parseNumber(cell))) return cell;
  return `'${cell}`;
}

export interface ExportInput {
  /** The original file's text. */
  text: string;
  delimiter: string;
  hadHeader: boolean;
  header: string[];
  /** 1-based data-row numbers of the rows the lab kept (ragged rows are left out). */
  rowNumbers: Int32Array;
  /** Per kept row, in file order. */
  scores: Float32Array;
  threshold: number;
}

/** The original rows (as text, escaped) plus `score` and `is_anomaly`, as CSV text. */
export function exportScoredCsv(input: ExportInput): string {
  const { text, delimiter, hadHeader, header, rowNumbers, scores, threshold } = input;
  const width = header.length;
  const lines: string[] = [];
  const writeRow = (cells: string[]) => lines.push(Papa.unparse([cells], { delimiter, newline: '\n' }));
  // A re-upload of an export gets fresh score columns instead of a second pair.
  const keep =
    header.slice(-exportColumns.length).join() === exportColumns.join() ? width - exportColumns.length : width;
  writeRow([...header.slice(0, keep), ...exportColumns].map(escapeFormula));
  let dataRow = 0;
  let kept = 0;
  let headerSkipped = !hadHeader;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: 'greedy',
    step(result) {
      const record = result.data;
      if (!headerSkipped) {
        headerSkipped = true;
        return;
      }
      dataRow += 1;
      if (kept < rowNumbers.length && rowNumbers[kept] === dataRow) {
        const score = scores[kept];
        const flagged = Number.isFinite(score) && score > threshold;
        writeRow([
          ...record.slice(0, keep).map(escapeFormula),
          Number.isFinite(score) ? String(score) : '',
          flagged ? '1' : '0',
        ]);
        kept += 1;
      }
    },
  });
  return `${lines.join('\n')}\n`;
}
