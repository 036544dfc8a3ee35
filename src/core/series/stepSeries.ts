/**
 * A per-step series for long runs (a 100,000-step GAN run): values in fixed-size Float32Array
 * chunks, so an append costs only its own values (amortised O(1), nothing stored is copied) and
 * a step costs 4 bytes per column instead of an object. Each append returns a new handle sharing
 * the chunks (the store sees a new value and re-renders; older handles keep their own length),
 * and views read a decimated copy (`thin`) or the recent steps (`tail`), never the whole run.
 */
const chunkSteps = 4096;

class Chunks {
  readonly parts: Float32Array[] = [];
  written = 0;
  constructor(readonly width: number) {}

  push(values: ArrayLike<number>, steps: number): void {
    let taken = 0;
    while (taken < steps) {
      const index = Math.floor(this.written / chunkSteps);
      if (index === this.parts.length) this.parts.push(new Float32Array(chunkSteps * this.width));
      const offset = this.written % chunkSteps;
      const count = Math.min(chunkSteps - offset, steps - taken);
      for (let i = 0; i < count * this.width; i += 1) {
        this.parts[index][offset * this.width + i] = values[taken * this.width + i];
      }
      taken += count;
      this.written += count;
    }
  }

  value(step: number, column: number): number {
    return this.parts[Math.floor(step / chunkSteps)][(step % chunkSteps) * this.width + column];
  }
}

export class StepSeries<Row> {
  private constructor(
    private readonly chunks: Chunks,
    /** Steps in this handle's view of the series. */
    readonly length: number,
    /** The run's step number of the first value (1 for a run from its start). */
    readonly firstStep: number,
    private readonly toRow: (step: number, value: (column: number) => number) => Row,
  ) {}

  /** An empty series of `width` numbers per step, read as rows by `toRow`. */
  static empty<Row>(width: number, toRow: (step: number, value: (column: number) => number) => Row): StepSeries<Row> {
    return new StepSeries(new Chunks(width), 0, 1, toRow);
  }

  /** This series with more steps: `values` holds `width` numbers per step, step after step. */
  append(values: ArrayLike<number>, firstStep = this.firstStep + this.length): StepSeries<Row> {
    const steps = Math.floor(values.length / this.chunks.width);
    if (steps === 0) return this;
    // Appending to an older handle would write over steps a newer one holds: start a fresh store.
    const chunks = this.chunks.written === this.length ? this.chunks : this.copied();
    const start = this.length === 0 ? firstStep : this.firstStep;
    chunks.push(values, steps);
    return new StepSeries(chunks, this.length + steps, start, this.toRow);
  }

  private copied(): Chunks {
    const chunks = new Chunks(this.chunks.width);
    for (let step = 0; step < this.length; step += 1) {
      chunks.push(
        Array.from({ length: this.chunks.width }, (_, c) => this.chunks.value(step, c)),
        1,
      );
    }
    return chunks;
  }

  at(index: number): Row {
    return this.toRow(this.firstStep + index, (column) => this.chunks.value(index, column));
  }

  last(): Row | undefined {
    return this.length ? this.at(this.length - 1) : undefined;
  }

  /** The last `count` steps as rows (health checks over a recent window). */
  tail(count: number): Row[] {
    const from = Math.max(0, this.length - count);
    return Array.from({ length: this.length - from }, (_, i) => this.at(from + i));
  }

  /** At most `maxPoints` rows, evenly spaced over the run, always with its first and last step (charts). */
  thin(maxPoints: number): Row[] {
    if (this.length <= maxPoints) return Array.from({ length: this.length }, (_, i) => this.at(i));
    const stride = (this.length - 1) / (maxPoints - 1);
    return Array.from({ length: maxPoints }, (_, i) => this.at(Math.round(i * stride)));
  }

  /** One column over every step (a project file's curve). */
  column(column: number): Float32Array {
    return Float32Array.from({ length: this.length }, (_, i) => this.chunks.value(i, column));
  }

  /** Every value, step after step (a project file's GAN statistics). */
  values(): Float32Array {
    const width = this.chunks.width;
    const out = new Float32Array(this.length * width);
    for (let i = 0; i < this.length; i += 1)
      for (let c = 0; c < width; c += 1) out[i * width + c] = this.chunks.value(i, c);
    return out;
  }
}
