import * as tf from '@tensorflow/tfjs';
import { squaredDistance, type Rows } from './rows';

/** Each query's k nearest reference rows, nearest first: row-major [queries x k]. */
export interface Neighbours {
  k: number;
  distances: Float64Array;
  indices: Int32Array;
}

/** Rows in both forms: a tensor for the search on the active backend, float64 for exact distances. */
export interface RowSet {
  tensor: tf.Tensor2D;
  rows: Rows;
}

// Float32 distances can misorder near-ties: a few extra candidates are re-ranked in float64.
const extraCandidates = 8;
const queryBatch = 256;

/**
 * The k nearest neighbours of every query row among the reference rows (Euclidean). The search
 * runs on the active backend in fixed-size batches (|q|² + |r|² - 2 q·r, then top-k), so MNIST-sized
 * sets stay fast on a GPU; the distances reported are recomputed in float64 from the candidates,
 * as exact as scikit-learn's. `excludeSelf`: the queries are the reference rows themselves, and
 * each one's own row does not count (leave-one-out, for training scores).
 */
export async function nearestNeighbours(
  query: RowSet,
  reference: RowSet,
  k: number,
  options: { excludeSelf?: boolean; onBatch?: (fraction: number) => Promise<boolean> } = {},
): Promise<Neighbours | null> {
  const self = options.excludeSelf ? 1 : 0;
  const count = query.rows.count;
  const available = reference.rows.count - self;
  if (k < 1 || k > available) throw new Error(`${k} neighbours asked among ${available} rows.`);
  const candidates = Math.min(reference.rows.count, k + self + extraCandidates);
  const distances = new Float64Array(count * k);
  const indices = new Int32Array(count * k);
  const referenceNorms = tf.tidy(() => tf.sum(tf.square(reference.tensor), 1));
  // matMul(q, r, false, true) is ~25x slower than matMul(q, rᵀ) on WASM: transpose once.
  const referenceColumns = tf.transpose(reference.tensor);
  try {
    for (let start = 0; start < count; start += queryBatch) {
      const size = Math.min(queryBatch, count - start);
      const found = tf.tidy(() => {
        let batch = query.tensor.slice([start, 0], [size, query.rows.width]);
        if (size < queryBatch)
          batch = batch.pad([
            [0, queryBatch - size],
            [0, 0],
          ]);
        const queryNorms = tf.sum(tf.square(batch), 1, true);
        const squared = tf.sub(tf.add(queryNorms, referenceNorms), tf.mul(2, tf.matMul(batch, referenceColumns)));
        return tf.topk(tf.neg(squared), candidates).indices;
      });
      const candidateRows = (await found.data()) as Int32Array;
      found.dispose();
      for (let i = 0; i < size; i += 1) {
        const q = start + i;
        const ranked = Array.from(candidateRows.subarray(i * candidates, (i + 1) * candidates))
          .filter((r) => !(self && r === q))
          .map((r) => ({ r, d: squaredDistance(query.rows, q, reference.rows, r) }))
          .sort((a, b) => a.d - b.d || a.r - b.r);
        for (let j = 0; j < k; j += 1) {
          distances[q * k + j] = Math.sqrt(ranked[j].d);
          indices[q * k + j] = ranked[j].r;
        }
      }
      if (options.onBatch && !(await options.onBatch((start + size) / count))) return null;
    }
  } finally {
    tf.dispose([referenceNorms, referenceColumns]);
  }
  return { k, distances, indices };
}
