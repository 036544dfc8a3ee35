/**
 * Column profiling for dropped tables: what each column is (numeric, categorical, date/time,
 * identifier-like, constant, empty), how many values are missing, and its range or distinct count,
 * with the reason a column would be left out of the model.
 */
export type ColumnKind = 'numeric' | 'categorical' | 'datetime' | 'identifier' | 'constant' | 'empty';

export interface ColumnProfile {
  name: string;
  kind: ColumnKind;
  missing: number;
  distinct: number;
  /** Numeric columns: range of the finite values, and how many were Infinity/NaN-like text. */
  min?: number;
  max?: number;
  nonFinite?: number;
  /** Why the column is not a model feature as it stands (undefined when it is usable). */
  excludedBecause?: string;
}

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

const dateLike = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}( \d{1,2}:\d{2}(:\d{2})?)?$/;
const maxCategories = 20;

export function profileColumn(name: string, values: string[], decimalComma = false): ColumnProfile {
  const present = values.filter((v) => !isMissing(v));
  const missing = values.length - present.length;
  const distinctValues = new Set(present.map((v) => v.trim()));
  const distinct = distinctValues.size;
  if (present.length === 0) return { name, kind: 'empty', missing, distinct, excludedBecause: 'every value is missing' };
  if (distinct === 1) return { name, kind: 'constant', missing, distinct, excludedBecause: 'it has a single value' };

  const numbers = present.map((v) => parseNumber(v, decimalComma));
  if (numbers.every((n) => n !== null)) {
    const finite = (numbers as number[]).filter(Number.isFinite);
    let min = Infinity;
    let max = -Infinity;
    for (const n of finite) {
      if (n < min) min = n;
      if (n > max) max = n;
    }
    const profile: ColumnProfile = { name, kind: 'numeric', missing, distinct, min, max, nonFinite: present.length - finite.length };
    // 1, 2, 3, ... in row order is a row number, not a measurement.
    const isRowNumber = finite.length === present.length && finite.every((n, i) => i === 0 || n === finite[i - 1] + 1);
    return isRowNumber && present.length > 2 ? { ...profile, kind: 'identifier', excludedBecause: 'it counts rows' } : profile;
  }
  if (present.every((v) => dateLike.test(v.trim()))) {
    return { name, kind: 'datetime', missing, distinct, excludedBecause: 'it is a date/time (it can order a time series)' };
  }
  if (distinct === present.length && present.length > maxCategories) {
    return { name, kind: 'identifier', missing, distinct, excludedBecause: 'every value is different (an identifier)' };
  }
  if (distinct > maxCategories) {
    return { name, kind: 'categorical', missing, distinct, excludedBecause: `it has ${distinct} categories (one-hot encoding stops at ${maxCategories})` };
  }
  return { name, kind: 'categorical', missing, distinct };
}
