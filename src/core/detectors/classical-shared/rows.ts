import type * as tf from '@tensorflow/tfjs';

/**
 * Rows as float64, row-major: the classical detectors fit their statistics in double precision
 * (scikit-learn does), so their scores match the reference to 1e-6, not float32's 1e-4.
 */
export interface Rows {
  data: Float64Array;
  count: number;
  width: number;
}

export async function rowsOf(x: tf.Tensor2D): Promise<Rows> {
  const [count, width] = x.shape;
  return { data: Float64Array.from(await x.data()), count, width };
}

export function rowsFrom(values: readonly (readonly number[])[]): Rows {
  const width = values[0]?.length ?? 0;
  const data = new Float64Array(values.length * width);
  values.forEach((row, r) => data.set(row, r * width));
  return { data, count: values.length, width };
}

/** Column means and population standard deviations (ddof = 0, as StandardScaler). */
export function columnMoments(rows: Rows): { mean: Float64Array; std: Float64Array } {
  const { data, count, width } = rows;
  const mean = new Float64Array(width);
  const std = new Float64Array(width);
  for (let r = 0; r < count; r += 1) for (let c = 0; c < width; c += 1) mean[c] += data[r * width + c];
  for (let c = 0; c < width; c += 1) mean[c] /= Math.max(count, 1);
  for (let r = 0; r < count; r += 1) {
    for (let c = 0; c < width; c += 1) {
      const d = data[r * width + c] - mean[c];
      std[c] += d * d;
    }
  }
  for (let c = 0; c < width; c += 1) std[c] = Math.sqrt(std[c] / Math.max(count, 1));
  return { mean, std };
}

/** The q-th percentile (0-100) of each column, linear between order statistics (numpy's default). */
export function columnPercentile(rows: Rows, q: number): Float64Array {
  const { data, count, width } = rows;
  const out = new Float64Array(width);
  const column = new Float64Array(count);
  const position = ((count - 1) * q) / 100;
  const below = Math.floor(position);
  const fraction = position - below;
  for (let c = 0; c < width; c += 1) {
    for (let r = 0; r < count; r += 1) column[r] = data[r * width + c];
    column.sort();
    const low = column[below];
    out[c] = fraction > 0 ? low + (column[Math.min(below + 1, count - 1)] - low) * fraction : low;
  }
  return out;
}

/** Squared Euclidean distance between row `a` of `x` and row `b` of `y`. */
export function squaredDistance(x: Rows, a: number, y: Rows, b: number): number {
  const { width } = x;
  let sum = 0;
  for (let c = 0; c < width; c += 1) {
    const d = x.data[a * width + c] - y.data[b * width + c];
    sum += d * d;
  }
  return sum;
}

/** A scale that is never 0: the value, else the fallback, else 1 (a constant column must not divide by 0). */
export const safeScale = (value: number, fallback = 0): number => (value > 0 ? value : fallback > 0 ? fallback : 1);
