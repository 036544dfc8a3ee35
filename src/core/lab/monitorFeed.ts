import type { TableRun } from './tableSet';

/**
 * The live monitor's view of a prepared table: its rows replayed in order (series order for a
 * series, file order otherwise), each new row scored as the unit that ends with it (the window of
 * the last `window` rows, or the row itself). Pure: the worker scores the units it returns.
 */
export interface MonitorInfo {
  /** Rows to replay. */
  length: number;
  /** Rows per scored unit; the first window - 1 rows have no score of their own. */
  window: number;
  /** Names of the lines the chart draws for each row's values. */
  channelNames: string[];
  labelled: boolean;
}

export interface MonitorUnits {
  /** Features of the units ending at positions from .. from + count - 1 that have one (row-major). */
  features: Float32Array;
  /** Positions (offsets from `from`) of those units. */
  scored: Int32Array;
  /** Per position: the values the chart draws (channels of `MonitorInfo.channelNames`). */
  values: Float32Array;
  /** Per position: the file row number, and the label's verdict when labelled. */
  rowNumbers: Int32Array;
  truth: Uint8Array | null;
}

const maxChannels = 4;

function channelsOf(run: TableRun): { names: string[]; pick: (row: number, out: Float32Array, at: number) => void } {
  const { encoded, rowWidth } = run;
  const sequenceRows = run.prepared.sequence !== null && run.prepared.window === 1;
  if (sequenceRows) {
    // A row that is a whole sequence is drawn by its mean and its largest step.
    return {
      names: ['mean', 'max'],
      pick: (row, out, at) => {
        let sum = 0;
        let high = -Infinity;
        for (let f = 0; f < rowWidth; f += 1) {
          const v = encoded[row * rowWidth + f];
          sum += v;
          if (v > high) high = v;
        }
        out[at] = sum / rowWidth;
        out[at + 1] = high;
      },
    };
  }
  const count = Math.min(maxChannels, rowWidth);
  return {
    names: run.prepared.featureNames.slice(0, count),
    pick: (row, out, at) => out.set(encoded.subarray(row * rowWidth, row * rowWidth + count), at),
  };
}

export function monitorInfo(run: TableRun): MonitorInfo {
  return {
    length: run.order.length,
    window: run.prepared.window,
    channelNames: channelsOf(run).names,
    labelled: run.rowFlags !== null,
  };
}

export function monitorUnits(run: TableRun, from: number, count: number): MonitorUnits {
  const { encoded, rowWidth, order } = run;
  const window = run.prepared.window;
  const n = Math.max(0, Math.min(count, order.length - from));
  const channels = channelsOf(run);
  const values = new Float32Array(n * channels.names.length);
  const rowNumbers = new Int32Array(n);
  const truth = run.rowFlags ? new Uint8Array(n) : null;
  const scored: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const position = from + i;
    const row = order[position];
    channels.pick(row, values, i * channels.names.length);
    rowNumbers[i] = run.rowNumbers[row];
    if (truth && run.rowFlags) truth[i] = run.rowFlags[row];
    if (position >= window - 1) scored.push(i);
  }
  const width = rowWidth * window;
  const features = new Float32Array(scored.length * width);
  scored.forEach((i, k) => {
    const end = from + i;
    for (let step = 0; step < window; step += 1) {
      const row = order[end - window + 1 + step];
      features.set(encoded.subarray(row * rowWidth, (row + 1) * rowWidth), k * width + step * rowWidth);
    }
  });
  return { features, scored: Int32Array.from(scored), values, rowNumbers, truth };
}
