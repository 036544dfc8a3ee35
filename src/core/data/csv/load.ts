import { encodingWarning, readBlobText } from './decode';
import { parseCsvTable, type CsvTable, type ParseHooks } from './parse';
import { defaultPlan, planProblem } from './plan';

export type LoadResult = { ok: true; table: CsvTable } | { ok: false; reason: string };

/**
 * A dropped file or pasted text -> a table the lab can model, or the reason it cannot. Reading
 * takes the first 20% of the progress bar and parsing the rest. Throws CancelledError on Cancel.
 */
export async function loadTable(blob: Blob, options: { decimalComma?: boolean; chunkSize?: number } = {}, hooks: ParseHooks = {}): Promise<LoadResult> {
  const read = await readBlobText(blob, { onProgress: (f) => hooks.onProgress?.(0.2 * f), isCancelled: hooks.isCancelled });
  if (!read.ok) return read;
  const parsed = await parseCsvTable(read.text, options, {
    onProgress: (f) => hooks.onProgress?.(0.2 + 0.8 * f),
    isCancelled: hooks.isCancelled,
  });
  if (!parsed.ok) return parsed;
  const { table } = parsed;
  const encoding = encodingWarning(read.text);
  if (encoding) table.warnings.unshift(encoding);
  // Nothing at all to model is a load failure; other plan problems wait for the user's choices.
  const problem = planProblem(table, defaultPlan(table));
  if (problem && /nothing to model/.test(problem)) return { ok: false, reason: [problem, ...table.warnings].join(' ') };
  return { ok: true, table };
}
