import type * as tf from '@tensorflow/tfjs';
import type { ClassicalModel, FitControl } from '../classical';
import type { PlainData } from '../../project/plainData';
import { rowsOf, type Rows } from './rows';

/**
 * A classical detector whose fit reads the rows once into float64 and whose score is a function
 * of one row at a time (z-score, IQR, Mahalanobis, k-means, Isolation Forest): the pattern, once.
 */
export function rowScorer<State>(
  name: string,
  fit: (rows: Rows, control: FitControl) => Promise<State | null>,
  scoreRow: (state: State, data: Float64Array, offset: number) => number,
): ClassicalModel {
  let state: State | null = null;
  return {
    async fit(x: tf.Tensor2D, control: FitControl) {
      state = null;
      state = await fit(await rowsOf(x), control);
      if (state) await control.progress(1);
    },
    async score(x: tf.Tensor2D) {
      const fitted = state;
      if (!fitted) throw new Error(`Fit the ${name} before scoring.`);
      const { data, count, width } = await rowsOf(x);
      return Float32Array.from({ length: count }, (_, r) => scoreRow(fitted, data, r * width));
    },
    async save() {
      if (!state) throw new Error(`Fit the ${name} before saving it.`);
      return state as unknown as PlainData;
    },
    load(saved) {
      state = saved as unknown as State;
    },
    dispose() {
      state = null;
    },
  };
}

/** A number param from the spec's fields, or its default. */
export const numberParam = (params: Readonly<Record<string, unknown>> | undefined, name: string, fallback: number) =>
  typeof params?.[name] === 'number' && Number.isFinite(params[name]) ? (params[name] as number) : fallback;

/** Fits need at least two rows to measure any spread. */
export function requireRows(rows: Rows, least: number, detector: string): void {
  if (rows.count < least) {
    throw new Error(`The ${detector} needs at least ${least} training rows; this split has ${rows.count}.`);
  }
}
