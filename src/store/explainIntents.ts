import { useLab } from './labStore';
import { activeDataKind, preparedTable } from './selectors';
import { isCurrentRun, runToken } from './currentRun';
import { api, messageOf } from './workerConnection';
import { startWhatIf } from './whatIfIntents';

/** Rows explained as soon as a table run is scored: the top of the ranked table. */
const topRows = 20;

/** Attributions for test rows not explained yet (the worker scores 2^columns coalitions per row). */
async function explain(rows: number[]): Promise<void> {
  const state = useLab.getState();
  const missing = rows.filter((r) => !state.attributions.has(r));
  if (missing.length === 0) return;
  const run = runToken();
  const result = await api().detector.explainRows(missing, state.config.seed);
  // A new run, split or shown detector since: these attributions describe something no longer in view.
  if (!isCurrentRun(run) || useLab.getState().shownRecord !== null) return;
  useLab.setState((s) => {
    const attributions = new Map(s.attributions);
    result.rows.forEach((r, i) =>
      attributions.set(r, result.attributions.slice(i * result.groupCount, (i + 1) * result.groupCount)),
    );
    return { attributions };
  });
}

/** After a table run: the highest-scoring rows get attributions (the "why" column). Quietly skipped where none apply. */
export async function explainTopRows(): Promise<void> {
  const state = useLab.getState();
  const { results } = state;
  // Attributions are over a table's columns: images have none to name.
  if (!results || !preparedTable(state)) return;
  // A row read as a sequence has a column per step: the sequence chart shows which steps drove its
  // score, and attributions over every step would keep the worker busy; a row's detail still asks.
  if (activeDataKind(state) === 'sequence') return;
  const order = results.index.order;
  const rows = Array.from(order.slice(Math.max(0, order.length - topRows))).reverse();
  // A GAN or an ensemble has no single trained model to explain: the error shares stay.
  await explain(rows).catch(() => undefined);
}

/** Opens a row's detail: its cells, and every column's attribution. */
export async function openRowDetail(row: number): Promise<void> {
  try {
    const cells = await api().tables.rowCells(row);
    useLab.setState({ rowDetail: { row, cells }, whatIf: null });
    // A sequence's detail is also its steps: the sequence chart shows them with the reconstruction.
    if (preparedTable(useLab.getState())?.sequence) {
      const { input, output } = await api().detector.reconstructTest(row);
      useLab.setState({ sequenceDetail: { row, input, output } });
    }
    // Its steps' errors are its explanation: Shapley values over a column per step would hold the
    // worker for minutes, and the next Train or plan change would wait behind them.
    const state = useLab.getState();
    if (state.shownRecord === null && activeDataKind(state) !== 'sequence') {
      await startWhatIf();
      await explain([row]);
    }
  } catch (error) {
    useLab.setState({ errorMessage: messageOf(error) });
  }
}

export function closeRowDetail(): void {
  useLab.setState({ rowDetail: null, whatIf: null });
}
