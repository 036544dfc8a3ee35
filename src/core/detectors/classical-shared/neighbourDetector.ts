import * as tf from '@tensorflow/tfjs';
import type { ClassicalModel } from '../classical';
import type { PlainData } from '../../project/plainData';
import { neighbourCount } from './neighbourCount';
import { nearestNeighbours, type Neighbours, type RowSet } from './neighbours';
import { keepRows, queryRows } from './trainingRows';

/**
 * A detector built on each row's k nearest training rows (k-NN, LOF): it keeps its training rows,
 * finds their neighbours without themselves (their training scores), and scores new rows from
 * their neighbours. `fromOwn` turns the training rows' neighbours into what scoring needs.
 */
export function neighbourDetector<State extends { trainScores: Float32Array }>(
  name: string,
  requested: number,
  fromOwn: (own: Neighbours) => State,
  scoreFound: (state: State, found: Neighbours) => Float32Array,
): ClassicalModel {
  let fitted: { train: RowSet; k: number; state: State } | null = null;
  const release = () => {
    fitted?.train.tensor.dispose();
    fitted = null;
  };
  const fittedOrThrow = () => {
    if (!fitted) throw new Error(`Fit the ${name} before scoring.`);
    return fitted;
  };
  return {
    async fit(x, control) {
      release();
      const train = await keepRows(x);
      try {
        const k = neighbourCount(requested, train.rows, name);
        const own = await nearestNeighbours(train, train, k, { excludeSelf: true, onBatch: control.progress });
        if (!own) return void train.tensor.dispose();
        fitted = { train, k, state: fromOwn(own) };
      } catch (error) {
        train.tensor.dispose();
        throw error;
      }
    },
    async score(x) {
      const { train, k, state } = fittedOrThrow();
      return scoreFound(state, (await nearestNeighbours(await queryRows(x), train, k))!);
    },
    async trainingScores() {
      return fittedOrThrow().state.trainScores.slice();
    },
    async save() {
      const { train, k, state } = fittedOrThrow();
      const { data, count, width } = train.rows;
      return { k, rows: { data, count, width }, state } as unknown as PlainData;
    },
    load(saved) {
      release();
      const { k, rows, state } = saved as unknown as { k: number; rows: RowSet['rows']; state: State };
      // The float64 rows are the fitted tensor's values exactly, so its float32 copy is too.
      const tensor = tf.tensor2d(Float32Array.from(rows.data), [rows.count, rows.width]);
      fitted = { train: { tensor, rows }, k, state };
    },
    dispose: release,
  };
}
