import { useLab } from './labStore';
import type { LabState } from './labState';
import { api, messageOf } from './workerConnection';
import { newestOnly } from './newestOnly';

/**
 * "What if" on a table row: the user edits the open row's cells and the worker scores and explains
 * the edited row; nothing trains on it. One call at a time, the newest edit sent (newestOnly.ts).
 */
type WhatIf = NonNullable<LabState['whatIf']>;

function setWhatIf(patch: Partial<WhatIf>): void {
  const whatIf = useLab.getState().whatIf;
  if (whatIf) useLab.setState({ whatIf: { ...whatIf, ...patch } });
}

const scoreWhatIf = newestOnly(async () => {
  const { whatIf, config } = useLab.getState();
  if (!whatIf) return;
  const sent = whatIf.cells;
  try {
    const result = await api().tables.whatIf(sent, config.seed);
    const now = useLab.getState().whatIf;
    // The row closed, another opened, or its cells changed meanwhile (an edit, which is scored next,
    // or Back to the row, which needs no score): this answer is about nothing on screen.
    if (now?.row !== whatIf.row || now.cells !== sent) return;
    setWhatIf({ result, stale: false });
  } catch (error) {
    setWhatIf({ stale: false });
    useLab.setState({ errorMessage: messageOf(error) });
  }
});

/** Starts "what if" on the open row: its cells as the file has them, and each categorical column's values. */
export async function startWhatIf(): Promise<void> {
  const detail = useLab.getState().rowDetail;
  if (!detail) return;
  try {
    const encoder = await api().tables.preprocessing();
    const header = useLab.getState().tableSummary?.header ?? [];
    const choices: Record<number, string[]> = {};
    for (const feature of encoder?.features ?? []) {
      if (feature.kind !== 'onehot') continue;
      const column = header.indexOf(feature.column);
      if (column >= 0) (choices[column] ??= []).push(feature.value);
    }
    useLab.setState({ whatIf: { row: detail.row, cells: [...detail.cells], choices, result: null, stale: false } });
  } catch (error) {
    useLab.setState({ errorMessage: messageOf(error) });
  }
}

/** One cell edited: the row is scored and explained again. */
export function editWhatIf(column: number, text: string): void {
  const whatIf = useLab.getState().whatIf;
  if (!whatIf) return;
  const cells = [...whatIf.cells];
  cells[column] = text;
  setWhatIf({ cells, stale: true });
  void scoreWhatIf();
}

/** Back to the row as the file has it. */
export function resetWhatIf(): void {
  const { whatIf, rowDetail } = useLab.getState();
  if (whatIf && rowDetail?.row === whatIf.row) setWhatIf({ cells: [...rowDetail.cells], result: null, stale: false });
}
