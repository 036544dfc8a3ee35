import type { ClassicalModel } from '../classical';
import { requireRows } from '../classical-shared/rowScorer';
import { rowsOf } from '../classical-shared/rows';
import type { PlainData } from '../../project/plainData';
import { fitTails, negativeLogTails, type ColumnTails } from './tails';

/**
 * How one column's two tail scores, -log P(X <= x) and -log P(X >= x), and the sign of the column's
 * skewness become its share of the row's score (ECOD and COPOD differ only here).
 */
export type CombineTails = (left: number, right: number, skewSign: number) => number;

/** What a fitted tail detector holds: the columns' distributions and its training rows' own scores. */
interface FittedTails {
  tails: ColumnTails;
  trainScores: Float32Array;
}

/**
 * A detector that scores a row by the sum over its columns of how far out in a tail each value
 * sits (ECOD, COPOD): fitted by counting each training column once; a new row is scored against
 * the training distributions, a training row in-sample (tails.ts says how those differ).
 */
export function tailDetector(name: string, combine: CombineTails): ClassicalModel {
  let fitted: FittedTails | null = null;
  const fittedOrThrow = () => {
    if (!fitted) throw new Error(`Fit the ${name} before scoring.`);
    return fitted;
  };
  const scoreRows = (tails: ColumnTails, data: Float64Array, count: number, inSample: boolean) => {
    const left = new Float64Array(tails.width);
    const right = new Float64Array(tails.width);
    return Float32Array.from({ length: count }, (_, r) => {
      negativeLogTails(tails, data, r * tails.width, inSample, left, right);
      let sum = 0;
      for (let c = 0; c < tails.width; c += 1) sum += combine(left[c], right[c], tails.skewSign[c]);
      return sum;
    });
  };
  return {
    async fit(x, control) {
      fitted = null;
      const rows = await rowsOf(x);
      requireRows(rows, 2, name);
      const tails = fitTails(rows);
      // Counting is one sort a column; scoring the training rows in-sample is the larger half.
      if (!(await control.progress(0.5))) return;
      fitted = { tails, trainScores: scoreRows(tails, rows.data, rows.count, true) };
      await control.progress(1);
    },
    async score(x) {
      const { tails } = fittedOrThrow();
      const { data, count, width } = await rowsOf(x);
      if (width !== tails.width) throw new Error(`The ${name} was fitted on ${tails.width} columns, not ${width}.`);
      return scoreRows(tails, data, count, false);
    },
    async trainingScores() {
      return fittedOrThrow().trainScores.slice();
    },
    async save() {
      if (!fitted) throw new Error(`Fit the ${name} before saving it.`);
      return fitted as unknown as PlainData;
    },
    load(saved) {
      fitted = saved as unknown as FittedTails;
    },
    dispose() {
      fitted = null;
    },
  };
}
