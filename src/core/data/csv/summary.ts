import type { Message } from '../../messages';
import type { ColumnProfile } from './columns';
import type { CsvTable } from './parse';
import { defaultPlan, exportedColumnIndices, labelCandidates, labelValues, type TablePlan } from './plan';

/** What the page learns about a loaded table (the rows themselves stay in the worker). */
export interface TableSummary {
  fileName: string;
  rowCount: number;
  header: string[];
  profiles: ColumnProfile[];
  warnings: Message[];
  delimiter: string;
  hadHeader: boolean;
  /** Columns that can be a label, with their values most frequent first. */
  labelOptions: { column: number; values: { value: string; count: number }[] }[];
  /** Columns the lab's own export added (left out of the features). */
  exportedColumns: number[];
  plan: TablePlan;
  /** Same header and row count: the same file, for remembering its column settings. */
  fingerprint: string;
  /** The encoding the file was read in, and whether it was detected. */
  encoding?: CsvTable['encoding'];
}

export function summariseTable(table: CsvTable, fileName: string): TableSummary {
  const exportedColumns = exportedColumnIndices(table);
  return {
    fileName,
    rowCount: table.rowCount,
    header: table.header,
    profiles: table.profiles.map((p, c) =>
      exportedColumns.includes(c) ? { ...p, excludedBecause: { id: 'exported' } } : p,
    ),
    warnings: table.warnings,
    delimiter: table.delimiter,
    hadHeader: table.hadHeader,
    labelOptions: labelCandidates(table).map((column) => ({ column, values: labelValues(table, column) })),
    exportedColumns,
    plan: defaultPlan(table),
    fingerprint: `${table.header.filter((_, c) => !exportedColumns.includes(c)).join('\u0001')}|${table.rowCount}`,
    ...(table.encoding ? { encoding: table.encoding } : {}),
  };
}
