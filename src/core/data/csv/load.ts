import { encodingWarning, readBlobText } from './decode';
import type { EncodingChoice } from './encoding';
import { parseCsvTable, type CsvTable, type ParseHooks } from './parse';
import { defaultPlan, minTableRows, planProblem } from './plan';

const nothingToModel =
  'The table has no numeric column and no usable categorical column, so there is nothing to model. ' +
  'Every column is excluded: see the reasons in the column table.';

/**
 * A JSON export (an array of records, or an object) read as CSV would come out as one ragged
 * column; say what it is instead. Cheap: only the first characters decide, plus a full parse of
 * small files to be sure.
 */
export function jsonProblem(text: string): string | null {
  const start = text.trimStart();
  const looksJson = /^\[\s*[[{"\d\-\]tfn]/.test(start) || /^\{\s*["}]/.test(start);
  if (!looksJson) return null;
  if (start.length < 20_000_000) {
    try {
      JSON.parse(start);
    } catch {
      if (!/^(\[\s*\{|\{\s*")/.test(start)) return null;
    }
  }
  return (
    'This file looks like JSON, not CSV. The lab reads delimited text: one row per line, the same number of fields ' +
    'in every row, separated by commas, semicolons or tabs, with an optional header row. Export the data as CSV ' +
    '(in a spreadsheet: Save as "CSV UTF-8"; from code, e.g. pandas.read_json(...).to_csv(...)) and drop that file.'
  );
}

export type LoadResult = { ok: true; table: CsvTable } | { ok: false; reason: string };

/**
 * A dropped file or pasted text -> a table the lab can model, or the reason it cannot. Reading
 * takes the first 20% of the progress bar and parsing the rest. Throws CancelledError on Cancel.
 */
export async function loadTable(
  blob: Blob,
  options: { decimalComma?: boolean; chunkSize?: number; encoding?: EncodingChoice } = {},
  hooks: ParseHooks = {},
): Promise<LoadResult> {
  const read = await readBlobText(
    blob,
    { onProgress: (f) => hooks.onProgress?.(0.2 * f), isCancelled: hooks.isCancelled },
    options.encoding,
  );
  if (!read.ok) return read;
  const json = jsonProblem(read.text);
  if (json) return { ok: false, reason: json };
  const parsed = await parseCsvTable(read.text, options, {
    onProgress: (f) => hooks.onProgress?.(0.2 + 0.8 * f),
    isCancelled: hooks.isCancelled,
  });
  if (!parsed.ok) return parsed;
  const { table } = parsed;
  table.encoding = read.encoding;
  if (table.rowCount < minTableRows) {
    // The parser's warnings (an unclosed quote swallowing rows, say) often explain the missing rows.
    return {
      ok: false,
      reason: [
        `The table has only ${table.rowCount} data row${table.rowCount === 1 ? '' : 's'}; the lab needs at least ${minTableRows} ` +
          '(some to learn what is normal from, the rest to score), and a detector worth trusting needs a few hundred.',
        ...table.warnings,
      ].join(' '),
    };
  }
  const encoding = encodingWarning(read.text, read.encoding.name);
  if (encoding) table.warnings.unshift(encoding);
  // Nothing at all to model is a load failure; other plan problems wait for the user's choices.
  const problem = planProblem(table, defaultPlan(table));
  // The load's own reasons are not yet in the catalogs: this one is worded here, as the others are.
  if (problem?.id === 'nothing-to-model') return { ok: false, reason: [nothingToModel, ...table.warnings].join(' ') };
  return { ok: true, table };
}
