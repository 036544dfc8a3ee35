import * as tf from '@tensorflow/tfjs';
import type { RowSet } from './neighbours';
import { rowsOf } from './rows';

/** A detector's own copy of its training rows (the caller's tensor may be freed after the fit). */
export async function keepRows(x: tf.Tensor2D): Promise<RowSet> {
  return { tensor: tf.clone(x), rows: await rowsOf(x) };
}

/** Rows to score, in both forms, without copying the caller's tensor. */
export async function queryRows(x: tf.Tensor2D): Promise<RowSet> {
  return { tensor: x, rows: await rowsOf(x) };
}
