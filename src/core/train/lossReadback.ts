import * as tf from '@tensorflow/tfjs';

/**
 * Per-step losses (a scalar, or a short vector of statistics) stay on the device; every few steps they are stacked and read back with
 * `await data()`. One read stays in flight while the next steps are queued, so a GPU never waits
 * idle for the page to look at a loss (a NaN is then noticed one batch of steps later).
 */
export class LossReadback {
  private pending: tf.Tensor[] = [];
  private pendingFirstStep = 0;
  private inFlight: { values: Promise<Float32Array>; firstStep: number } | null = null;

  constructor(private readonly onValues: (values: Float32Array, firstStep: number) => void) {}

  /** Keeps the loss of global step `step` (the readback owns and disposes it). */
  push(loss: tf.Tensor, step: number): void {
    if (this.pending.length === 0) this.pendingFirstStep = step;
    this.pending.push(loss);
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  /** Starts reading what is pending and finishes the previous read; false if a loss was not finite. */
  async flush(): Promise<boolean> {
    const previous = this.inFlight;
    this.inFlight = this.startRead();
    return previous ? this.finish(previous) : true;
  }

  /** Reads everything up to now; false if a loss was not finite. */
  async drain(): Promise<boolean> {
    if (!(await this.flush())) return false;
    const last = this.inFlight;
    this.inFlight = null;
    return last ? this.finish(last) : true;
  }

  dispose(): void {
    this.pending.forEach((t) => t.dispose());
    this.pending = [];
  }

  /** Ends a run that stops early (a NaN, a stop): drops what is pending and lets a read in flight finish and free its tensor. */
  async close(): Promise<void> {
    this.dispose();
    const last = this.inFlight;
    this.inFlight = null;
    await last?.values;
  }

  private startRead() {
    if (this.pending.length === 0) return null;
    const stacked = tf.stack(this.pending);
    this.dispose();
    const values = stacked.data().then((v) => {
      stacked.dispose();
      return v as Float32Array;
    });
    return { values, firstStep: this.pendingFirstStep };
  }

  private async finish(read: { values: Promise<Float32Array>; firstStep: number }): Promise<boolean> {
    const values = await read.values;
    if (values.some((v) => !Number.isFinite(v))) return false;
    this.onValues(values, read.firstStep);
    return true;
  }
}
