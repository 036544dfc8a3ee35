import { message, MessageError } from '../messages';
/**
 * Scoring a series a slice at a time with a model of windows: every run of `window` consecutive
 * rows is one input (the rows' features side by side, as in training), and a row's score is the
 * highest (or the mean, `mode`) of the windows that cover it, as the lab scores its own table's
 * rows (`rowscore`). Only the last
 * window - 1 rows are carried from one slice to the next, so memory does not grow with the file.
 */
export type WindowsScorer = (features: Float32Array, count: number) => Promise<Float32Array>;

/** Windows scored per call: bounded, whatever the slice size. */
const windowsPerCall = 4096;

export class SeriesWindowScorer {
  /** Encoded features of the carried rows (the last window - 1 seen). */
  private carry = new Float32Array(0);
  /** Highest window score, sum and count of windows so far of each row not yet final. */
  private pending: number[] = [];
  private sums: number[] = [];
  private counts: number[] = [];
  private seen = 0;

  constructor(
    private readonly rowWidth: number,
    private readonly window: number,
    private readonly score: WindowsScorer,
    private readonly mode: 'max' | 'mean' = 'max',
  ) {
    if (!(window >= 1) || !(rowWidth >= 1)) throw new Error('A window needs at least one row and one feature.');
  }

  /**
   * Adds the next `count` rows (encoded, `rowWidth` features each); resolves with the scores of the
   * rows that no later window can cover any more, in file order (the first window - 1 rows wait).
   */
  async push(features: Float32Array, count: number): Promise<Float32Array> {
    const { rowWidth, window } = this;
    const carried = this.carry.length / rowWidth;
    const rows = new Float32Array((carried + count) * rowWidth);
    rows.set(this.carry);
    rows.set(features.subarray(0, count * rowWidth), this.carry.length);
    const total = carried + count;
    // Windows ending at each new row that has window - 1 rows before it (in the carry or this slice).
    const firstEnd = Math.max(carried, window - 1);
    const windowCount = Math.max(0, total - firstEnd);
    // One at a time: a slice holds far more rows than a spread's arguments may.
    for (let i = 0; i < count; i += 1) {
      this.pending.push(-Infinity);
      this.sums.push(0);
      this.counts.push(0);
    }
    // pending[i] is the row at local position (total - pending.length + i).
    const pendingStart = total - this.pending.length;
    const width = rowWidth * window;
    for (let done = 0; done < windowCount; done += windowsPerCall) {
      const n = Math.min(windowsPerCall, windowCount - done);
      const inputs = new Float32Array(n * width);
      for (let w = 0; w < n; w += 1) {
        const start = firstEnd + done + w - window + 1;
        inputs.set(rows.subarray(start * rowWidth, (start + window) * rowWidth), w * width);
      }
      const scores = await this.score(inputs, n);
      for (let w = 0; w < n; w += 1) {
        const start = firstEnd + done + w - window + 1;
        for (let k = 0; k < window; k += 1) {
          const i = start + k - pendingStart;
          if (i < 0) continue;
          this.pending[i] = highest(this.pending[i], scores[w]);
          this.sums[i] += scores[w];
          this.counts[i] += 1;
        }
      }
    }
    this.seen += count;
    const keep = Math.min(window - 1, total);
    this.carry = rows.slice((total - keep) * rowWidth);
    // Rows before the last window - 1 are final: every window that covers them has been scored.
    const finalCount = Math.max(0, this.pending.length - (window - 1));
    return this.take(finalCount);
  }

  /** The scores of the rows still waiting, at the end of the file. */
  finish(): Float32Array {
    if (this.seen < this.window) {
      throw new MessageError(message('err.fileShorterThanWindow', { window: this.window, rows: this.seen }));
    }
    return this.take(this.pending.length);
  }

  /** The first `count` waiting rows' scores, which leave the queue. */
  private take(count: number): Float32Array {
    const highest = this.pending.splice(0, count);
    const sums = this.sums.splice(0, count);
    const counts = this.counts.splice(0, count);
    // A NaN window makes the sum NaN too: a model failure shows either way.
    return this.mode === 'max' ? Float32Array.from(highest) : Float32Array.from(sums, (sum, i) => sum / counts[i]);
  }
}

/** The higher score, where NaN wins: a model failure must show, never hide behind a finite neighbour. */
function highest(current: number, next: number): number {
  if (Number.isNaN(current) || Number.isNaN(next)) return Number.NaN;
  return next > current ? next : current;
}
