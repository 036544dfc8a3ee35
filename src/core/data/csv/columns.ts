import { ColumnStore, maxCodes, type ColumnStats } from './columnStore';

export { isMissing, missingTokens, parseNumber } from './cells';

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
  /** Numeric columns: stray text cells read as missing. */
  textAsMissing?: number;
  /** Why the column is not a model feature as it stands (undefined when it is usable). */
  excludedBecause?: ColumnExclusion;
}

/** Why a column is left out, as data; the page words it (catalogs' `exclude.<id>`). */
export type ColumnExclusion =
  | { id: 'empty' | 'constant' | 'counter' | 'datetime' | 'unique' | 'exported' }
  | { id: 'too-many-values'; max: number }
  | { id: 'too-many-categories'; distinct: number; max: number };

const maxCategories = 20;
/** A column stays numeric when at most this share of its present cells are text (read as missing). */
const strayTextShare = 0.05;

/** What a stored column is, from its streamed statistics. */
export function profileFromStats(name: string, stats: ColumnStats): ColumnProfile {
  const { missing, present, distinct, text } = stats;
  const base = { name, missing, distinct };
  if (present === 0) return { ...base, kind: 'empty', excludedBecause: { id: 'empty' } };
  if (distinct === 1) {
    // A numeric constant keeps its value: a blank border pixel is still a pixel of an image table.
    const value = text === 0 && Number.isFinite(stats.min) ? { min: stats.min, max: stats.max } : {};
    return { ...base, kind: 'constant', ...value, excludedBecause: { id: 'constant' } };
  }
  if (text <= present * strayTextShare && text < present) {
    const profile: ColumnProfile = {
      ...base,
      kind: 'numeric',
      min: stats.min,
      max: stats.max,
      nonFinite: stats.nonFinite,
      ...(text ? { textAsMissing: text } : {}),
    };
    return stats.sequential && missing === 0 && present > 2
      ? { ...profile, kind: 'identifier', excludedBecause: { id: 'counter' } }
      : profile;
  }
  if (stats.allDates && text === present) return { ...base, kind: 'datetime', excludedBecause: { id: 'datetime' } };
  if (stats.overflowed)
    return {
      ...base,
      kind: 'identifier',
      excludedBecause: { id: 'too-many-values', max: maxCodes },
    };
  if (distinct === present && present > maxCategories)
    return { ...base, kind: 'identifier', excludedBecause: { id: 'unique' } };
  if (distinct > maxCategories) {
    return {
      ...base,
      kind: 'categorical',
      excludedBecause: { id: 'too-many-categories', distinct, max: maxCategories },
    };
  }
  return { ...base, kind: 'categorical' };
}

/** Profiles a column given as text cells (the streamed path feeds a ColumnStore directly). */
export function profileColumn(name: string, values: string[], decimalComma = false): ColumnProfile {
  const store = new ColumnStore(decimalComma);
  for (const value of values) store.push(value);
  return profileFromStats(name, store.finish().stats);
}
