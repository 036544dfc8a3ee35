import { missingCode, numberAt } from './columnStore';
import { columnTimes, seriesIssues, type SeriesIssue } from './seriesChecks';
import type { Scaling } from './encode';
import type { ColumnProfile } from './columns';
import type { CsvTable } from './parse';

/** What the user chose to do with a loaded table: features, label, scaling, series mode. */
export interface TablePlan {
  /** Column indices used as model features. */
  features: number[];
  labelColumn: number | null;
  /** Label values that count as normal (everything else is anomalous); '' is "missing". */
  normalValues: string[];
  scaling: Exclude<Scaling, 'image' | 'sequence'>;
  /** Model the rows as square images (only when the feature count is a perfect square). */
  asImages: boolean;
  timeSeries: boolean;
  /**
   * Each row is one sequence over the ordered numeric columns of `sequenceColumns` (t0..t139): a row
   * is then one unit, its columns the time steps. Suggested when such columns exist.
   */
  rowSequences: boolean;
  /** Rows per sliding window in time-series mode. */
  window: number;
  /** A date/time column that orders the rows (null: file order). */
  orderColumn: number | null;
}

export const maxFeatures = 2048;
/** Fewer data rows than this cannot be split into rows to learn from and rows to score. */
export const minTableRows = 4;
/** A label column offers its values as a checklist; more values than this is not a label. */
export const maxLabelValues = 50;
/** Columns the lab's own export appends; they must not become features on a re-upload. */
export const exportColumns = ['score', 'is_anomaly'];

export function isSquare(n: number): boolean {
  const side = Math.round(Math.sqrt(n));
  return n >= 16 && side * side === n;
}

/**
 * The columns of an image table (every column but the label numeric, constant ones included since
 * a blank border pixel is constant), or null when the rest of the table is not a square of pixels.
 */
export function imageColumns(profiles: ColumnProfile[], labelColumn: number | null): number[] | null {
  const columns = profiles.flatMap((_, c) => (c === labelColumn ? [] : [c]));
  const numeric = columns.every(
    (c) => profiles[c].kind === 'numeric' || (profiles[c].kind === 'constant' && profiles[c].min !== undefined),
  );
  return numeric && isSquare(columns.length) ? columns : null;
}

/** Columns that could be a label: few distinct values (constants included, so choosing one explains itself). */
export function labelCandidates(table: CsvTable): number[] {
  return table.columns.flatMap((column, c) =>
    column.codes && column.values.length <= maxLabelValues && column.values.length >= 1 ? [c] : [],
  );
}

/** The values of a label column with their counts, most frequent first ('' = missing). */
export function labelValues(table: CsvTable, column: number): { value: string; count: number }[] {
  const stored = table.columns[column];
  const values = stored.values.map((value, code) => ({ value, count: stored.valueCounts[code] }));
  if (stored.stats.missing) values.push({ value: '', count: stored.stats.missing });
  return values.sort((a, b) => b.count - a.count);
}

/** Lab-export columns sit at the end of the header; recognise them so a re-upload ignores them. */
export function exportedColumnIndices(table: CsvTable): number[] {
  const n = table.header.length;
  const tail = table.header.slice(n - exportColumns.length);
  return tail.join() === exportColumns.join() ? exportColumns.map((_, i) => n - exportColumns.length + i) : [];
}

/** Fewer same-stem numbered columns than this are not a sequence (x1, x2 are two features). */
export const minSequenceSteps = 16;

/**
 * The columns of a wide table whose every row is a sequence: the largest group of numeric columns
 * sharing a name stem followed by a number (t0..t139, x_1..x_24, h01..h24), at least 16 of them with
 * distinct numbers, in the order of their numbers; null when there is none.
 */
export function sequenceColumns(table: Pick<CsvTable, 'header' | 'profiles'>): number[] | null {
  const groups = new Map<string, { column: number; step: number }[]>();
  table.header.forEach((name, c) => {
    const profile = table.profiles[c];
    // A constant step (a flat start) is still a number; a constant text column is not.
    if (profile.kind !== 'numeric' && !(profile.kind === 'constant' && profile.min !== undefined)) return;
    const match = /^(.*?)(\d+)$/.exec(name.trim());
    if (!match) return;
    const stem = match[1].toLowerCase();
    groups.set(stem, [...(groups.get(stem) ?? []), { column: c, step: Number(match[2]) }]);
  });
  let best: { column: number; step: number }[] = [];
  for (const members of groups.values()) {
    if (new Set(members.map((m) => m.step)).size !== members.length) continue;
    if (members.length > best.length) best = members;
  }
  if (best.length < minSequenceSteps) return null;
  return [...best].sort((a, b) => a.step - b.step).map((m) => m.column);
}

/** A date/time column whose values never go back in time orders the rows as a series. */
function orderingDateColumn(table: CsvTable): number | null {
  for (let c = 0; c < table.columns.length; c += 1) {
    if (table.profiles[c].kind !== 'datetime') continue;
    const times = columnTimes(table, c);
    let sorted = true;
    for (let r = 1; r < times.length && sorted; r += 1) if (times[r] < times[r - 1]) sorted = false;
    if (sorted) return c;
  }
  return null;
}

export function defaultPlan(table: CsvTable): TablePlan {
  const exported = new Set(exportedColumnIndices(table));
  const features = table.profiles.flatMap((p, c) => (!p.excludedBecause && !exported.has(c) ? [c] : []));
  const orderColumn = orderingDateColumn(table);
  const steps = sequenceColumns(table);
  // Numbered columns that also make a square image (pixel0..pixel783) stay images when their names or
  // size say pixels; otherwise a wide table of numbered steps is read as one sequence per row.
  const pixelLike =
    steps !== null &&
    isSquare(steps.length) &&
    (steps.length >= 196 || /^(pixel|pix|px|p)[_-]?\d+$/i.test(table.header[steps[0]].trim()));
  const rowSequences = steps !== null && !pixelLike;
  return {
    features,
    labelColumn: null,
    normalValues: [],
    scaling: 'standard',
    asImages: !rowSequences && imageColumns(table.profiles, null) !== null,
    timeSeries: !rowSequences && orderColumn !== null,
    rowSequences,
    window: 16,
    orderColumn,
  };
}

/** Row order for a series: by the order column's time (missing times last), else file order. */
export function seriesOrder(table: CsvTable, plan: TablePlan): Int32Array {
  const order = Int32Array.from({ length: table.rowCount }, (_, i) => i);
  if (plan.orderColumn === null) return order;
  const times = columnTimes(table, plan.orderColumn);
  const key = (r: number) => (Number.isNaN(times[r]) ? Infinity : times[r]);
  return order.sort((a, b) => key(a) - key(b) || a - b);
}

/** The features a plan actually models: series windows use only numeric columns. */
export function modelColumns(table: CsvTable, plan: TablePlan): number[] {
  if (rowSequenceMode(table, plan)) return sequenceColumns(table) ?? [];
  const pixels = plan.asImages && !plan.timeSeries ? imageColumns(table.profiles, plan.labelColumn) : null;
  if (pixels) return pixels;
  const usable = plan.features.filter((c) => c !== plan.labelColumn && !table.profiles[c].excludedBecause);
  return plan.timeSeries ? usable.filter((c) => table.profiles[c].kind === 'numeric') : usable;
}

/** Whether the plan reads each row as one sequence (series windows take precedence). */
export function rowSequenceMode(table: Pick<CsvTable, 'header' | 'profiles'>, plan: TablePlan): boolean {
  return plan.rowSequences === true && !plan.timeSeries && sequenceColumns(table) !== null;
}

/** Per row, 1 when the label marks it anomalous; null without a label column. */
export function anomalyFlags(table: CsvTable, plan: TablePlan): Uint8Array | null {
  if (plan.labelColumn === null) return null;
  const stored = table.columns[plan.labelColumn];
  const normal = new Set(plan.normalValues);
  const flags = new Uint8Array(table.rowCount);
  for (let r = 0; r < table.rowCount; r += 1) {
    let value: string;
    if (stored.codes) value = stored.codes[r] === missingCode ? '' : stored.values[stored.codes[r]];
    else value = String(numberAt(stored, r));
    flags[r] = normal.has(value) ? 0 : 1;
  }
  return flags;
}

/** Why a plan cannot be trained as it stands, as data; the page words it (i18n/tableMessages.ts). */
export type PlanProblem =
  | { id: 'nothing-to-model' | 'series-needs-numeric' | 'no-feature' }
  | { id: 'single-label'; column: string; value: string }
  | { id: 'no-normal' | 'all-normal'; column: string }
  | { id: 'too-wide'; width: number; max: number; series: boolean }
  | { id: 'series-too-short'; rows: number; window: number }
  | Extract<SeriesIssue, { id: 'series-missing-time' }>;

/** Why the plan cannot be trained as it stands; null when it can. */
export function planProblem(table: CsvTable, plan: TablePlan): PlanProblem | null {
  const columns = modelColumns(table, plan);
  const numeric = table.profiles.filter((p) => p.kind === 'numeric').length;
  if (numeric === 0 && !table.profiles.some((p) => p.kind === 'categorical' && !p.excludedBecause)) {
    return { id: 'nothing-to-model' };
  }
  if (columns.length === 0) return { id: plan.timeSeries ? 'series-needs-numeric' : 'no-feature' };
  if (plan.labelColumn !== null) {
    const column = table.header[plan.labelColumn];
    const values = labelValues(table, plan.labelColumn);
    if (values.length < 2) return { id: 'single-label', column, value: values[0]?.value ?? '' };
    const normal = new Set(plan.normalValues);
    const normalCount = values.filter((v) => normal.has(v.value)).length;
    if (normalCount === 0) return { id: 'no-normal', column };
    if (normalCount === values.length) return { id: 'all-normal', column };
  }
  const encodedWidth =
    columns.reduce((sum, c) => sum + (table.profiles[c].kind === 'numeric' ? 1 : table.profiles[c].distinct), 0) *
    (plan.timeSeries ? plan.window : 1);
  if (encodedWidth > maxFeatures) {
    return { id: 'too-wide', width: encodedWidth, max: maxFeatures, series: plan.timeSeries };
  }
  if (plan.timeSeries && table.rowCount < plan.window + 2) {
    return { id: 'series-too-short', rows: table.rowCount, window: plan.window };
  }
  // Rows without a time have no place in the series: sorting them last would invent an order.
  const missingTime =
    plan.timeSeries && plan.orderColumn !== null
      ? seriesIssues(table, plan.orderColumn).find((i) => i.id === 'series-missing-time')
      : undefined;
  if (missingTime?.id === 'series-missing-time') return missingTime;
  return null;
}

/** A reason to expect little from a plan that can run (worded by the page). */
export type PlanWarning = { id: 'unique-text'; columns: string } | Exclude<SeriesIssue, { id: 'series-missing-time' }>;

/**
 * What the user should know before training a plan that can run: not errors, but reasons to
 * expect little. Every feature a mostly-unique text column means one-hot codes seen once or
 * twice each: the model can only memorise the rows.
 */
export function planWarnings(table: CsvTable, plan: TablePlan): PlanWarning[] {
  const columns = modelColumns(table, plan);
  const warnings: PlanWarning[] = [];
  const rows = table.rowCount;
  const highCardinality = (c: number) =>
    table.profiles[c].kind === 'categorical' && table.profiles[c].distinct > rows / 2;
  if (columns.length > 0 && columns.every(highCardinality)) {
    warnings.push({ id: 'unique-text', columns: columns.map((c) => `"${table.header[c]}"`).join(', ') });
  }
  if (plan.timeSeries && plan.orderColumn !== null) {
    for (const issue of seriesIssues(table, plan.orderColumn))
      if (issue.id !== 'series-missing-time') warnings.push(issue);
  }
  return warnings;
}
