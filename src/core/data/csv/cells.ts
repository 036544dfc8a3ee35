/** Reading single cells: missing-value spellings and numbers. */
/** Spellings of "no value" seen in exported tables (compared case-insensitively, trimmed). */
export const missingTokens = new Set(['', 'na', 'n/a', 'nan', 'null', 'none', '?', '-']);

export const isMissing = (raw: string) => missingTokens.has(raw.trim().toLowerCase());

/** A cell as a number: plain or scientific notation, optional decimal comma; null if not numeric. */
export function parseNumber(raw: string, decimalComma = false): number | null {
  let text = raw.trim();
  if (decimalComma) text = text.replace(/\./g, '').replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?inf(inity)?$/i.test(text)) return null;
  return /inf/i.test(text) ? (text.startsWith('-') ? -Infinity : Infinity) : Number(text);
}


/** ISO dates/times and d/m/y or m/d/y dates, with optional time. */
export const dateLike = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}( \d{1,2}:\d{2}(:\d{2})?)?$/;
