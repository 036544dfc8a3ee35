/**
 * Reading single cells: missing-value spellings and numbers. These run once per cell of files with
 * tens of millions of cells, so the common case (a plain present value) allocates nothing.
 */

/** Spellings of "no value" seen in exported tables (compared case-insensitively, trimmed). */
export const missingTokens = new Set(['', 'na', 'n/a', 'nan', 'null', 'none', '?', '-']);
const longestToken = 4;

const isSpace = (code: number) => code <= 32;

export function isMissing(raw: string): boolean {
  const n = raw.length;
  if (n === 0) return true;
  if (n > longestToken && !isSpace(raw.charCodeAt(0)) && !isSpace(raw.charCodeAt(n - 1))) return false;
  return missingTokens.has(raw.trim().toLowerCase());
}

const plainNumber = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const infinity = /^[+-]?inf(inity)?$/i;

/** A cell as a number: plain or scientific notation, optional decimal comma; null if not numeric. */
export function parseNumber(raw: string, decimalComma = false): number | null {
  let text = raw;
  if (text.length > 0 && (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)))) text = text.trim();
  if (decimalComma) text = text.replace(/\./g, '').replace(',', '.');
  if (plainNumber.test(text)) return Number(text);
  if (infinity.test(text)) return text.charCodeAt(0) === 45 ? -Infinity : Infinity;
  return null;
}

/** ISO dates/times and d/m/y or m/d/y dates, with optional time. */
export const dateLike =
  /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}( \d{1,2}:\d{2}(:\d{2})?)?$/;
