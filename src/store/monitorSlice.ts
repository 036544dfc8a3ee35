import type { MonitorInfo } from '../core/lab/monitorFeed';

/** An alert of the live monitor: a run of consecutive rows above the threshold. */
export interface MonitorAlert {
  /** Replay position of its first row, and of its highest score. */
  position: number;
  peak: number;
  /** File row number of its highest-scoring row, that score, and the columns that drove it. */
  row: number;
  score: number;
  drivers: string[];
  /** Rows it lasted. */
  length: number;
}

/**
 * The live monitor as the page shows it. The replay's buffers are allocated once for the whole
 * table and filled in place (monitorIntents.ts); `version` changes once per arriving batch, which
 * is what components watch, so a frame redraws at most once.
 */
export interface MonitorView {
  info: MonitorInfo;
  playing: boolean;
  done: boolean;
  /** Replay speed, as a multiple of the base rate (5 rows a second). */
  speed: number;
  /** Rows replayed so far, and rows scored so far (a row's score waits for the windows after it). */
  position: number;
  scored: number;
  /** Position the chart is centred on (a jump to an alert), or null to follow the replay. */
  focus: number | null;
  version: number;
  buffers: {
    /**
     * Per position: the detector's score of the window ending there; the row's score as the view
     * gives it (rowscore over its covering windows, then smoothed); the label's verdict.
     */
    raw: Float32Array;
    shown: Float32Array;
    truth: Uint8Array | null;
    rowNumbers: Int32Array;
    /** Position-major values of the info's channels. */
    values: Float32Array;
    drivers: string[][];
  };
  alerts: MonitorAlert[];
  /** What the benchmark reads: frames while playing, those over 33 ms, batch latency per row. */
  stats: { frames: number; slowFrames: number; latencies: number[] };
}

export interface MonitorSlice {
  monitor: MonitorView | null;
}

export const monitorSlice = (): MonitorSlice => ({ monitor: null });
