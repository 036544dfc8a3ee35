import { encodingWarning, readBlobText } from './decode';
import type { EncodingChoice } from './encoding';
import { parseCsvTable, type CsvTable, type ParseHooks } from './parse';
import { defaultPlan, minTableRows, planProblem } from './plan';
import { message, type Message } from '../../messages';

/**
 * A JSON export (an array of records, or an object) read as CSV would come out as one ragged
 * column; say what it is instead. Cheap: only the first characters decide, plus a full parse of
 * small files to be sure.
 */
export function jsonProblem(text: string): Message | null {
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
  return message('load.json');
}

/** A loaded table, or why not: a reason and the warnings that may explain it, for the page to word. */
export type LoadResult = { ok: true; table: CsvTable } | { ok: false; reason: Message[] };

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
  if (!read.ok) return { ok: false, reason: [read.reason] };
  const json = jsonProblem(read.text);
  if (json) return { ok: false, reason: [json] };
  const parsed = await parseCsvTable(read.text, options, {
    onProgress: (f) => hooks.onProgress?.(0.2 + 0.8 * f),
    isCancelled: hooks.isCancelled,
  });
  if (!parsed.ok) return { ok: false, reason: [parsed.reason] };
  const { table } = parsed;
  table.encoding = read.encoding;
  if (table.rowCount < minTableRows) {
    // The parser's warnings (an unclosed quote swallowing rows, say) often explain the missing rows.
    return {
      ok: false,
      reason: [
        message(table.rowCount === 1 ? 'load.fewRow' : 'load.fewRows', { rows: table.rowCount, min: minTableRows }),
        ...table.warnings,
      ],
    };
  }
  const encoding = encodingWarning(read.text, read.encoding.name);
  if (encoding) table.warnings.unshift(encoding);
  // Nothing at all to model is a load failure; other plan problems wait for the user's choices.
  const problem = planProblem(table, defaultPlan(table));
  if (problem?.id === 'nothing-to-model') {
    return { ok: false, reason: [message('load.nothingToModel'), ...table.warnings] };
  }
  return { ok: true, table };
}
