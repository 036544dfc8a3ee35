import * as tf from '@tensorflow/tfjs';
import type { Reconstructor } from '../detectors/model';

/** Per row, the `k` columns with the largest share of its squared reconstruction error. */
export interface TopContributions {
  k: number;
  /** Row-major [rows x k] column indices (-1 when the row has fewer columns). */
  columns: Int32Array;
  /** Row-major [rows x k] shares in [0, 1] of the row's total squared error. */
  shares: Float32Array;
}

/**
 * Aggregates per-feature squared errors into per-column totals (one-hot features fold back into
 * their column, window positions into their series) and keeps the top k per row.
 */
export function topFromSquaredErrors(
  squared: Float32Array,
  rows: number,
  groups: Int32Array,
  groupCount: number,
  k = 3,
  out: TopContributions = { k, columns: new Int32Array(rows * k), shares: new Float32Array(rows * k) },
  offset = 0,
): TopContributions {
  const width = groups.length;
  const totals = new Float64Array(groupCount);
  for (let r = 0; r < rows; r += 1) {
    totals.fill(0);
    let sum = 0;
    for (let f = 0; f < width; f += 1) {
      const e = squared[r * width + f];
      totals[groups[f]] += e;
      sum += e;
    }
    for (let slot = 0; slot < k; slot += 1) {
      let best = -1;
      for (let g = 0; g < groupCount; g += 1) if (totals[g] >= 0 && (best < 0 || totals[g] > totals[best])) best = g;
      const at = (offset + r) * k + slot;
      out.columns[at] = best;
      out.shares[at] = best >= 0 && sum > 0 ? totals[best] / sum : 0;
      if (best >= 0) totals[best] = -1;
    }
  }
  return out;
}

/** Top-k column contributions for every row of `x`, computed in fixed-size batches. */
export async function topContributions(
  model: Reconstructor,
  x: tf.Tensor2D,
  groups: Int32Array,
  groupCount: number,
  batchSize: number,
  k = 3,
): Promise<TopContributions> {
  const [count, width] = x.shape;
  const out: TopContributions = { k, columns: new Int32Array(count * k), shares: new Float32Array(count * k) };
  for (let start = 0; start < count; start += batchSize) {
    const size = Math.min(batchSize, count - start);
    const squared = tf.tidy(() => {
      let batch = x.slice([start, 0], [size, width]);
      if (size < batchSize)
        batch = batch.pad([
          [0, batchSize - size],
          [0, 0],
        ]);
      return tf.squaredDifference(model.reconstruct(batch), batch).slice([0, 0], [size, width]);
    });
    const values = (await squared.data()) as Float32Array;
    squared.dispose();
    topFromSquaredErrors(values, size, groups, groupCount, k, out, start);
  }
  return out;
}
