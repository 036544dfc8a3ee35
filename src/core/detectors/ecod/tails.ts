import type { Rows } from '../classical-shared/rows';

/**
 * Each training column's empirical distribution, kept as its distinct values in order and, for each,
 * how many training values are at most it: enough to count the training values on either side of
 * any new value by binary search (ECOD and COPOD read both tails of every column).
 */
export interface ColumnTails {
  /** Training rows the distributions were counted from. */
  count: number;
  width: number;
  /** Column c's distinct values are values[starts[c]] .. values[starts[c + 1] - 1]. */
  starts: Int32Array;
  values: Float64Array;
  /** Training values in the column at most values[i]. */
  atMost: Int32Array;
  /** The sign of each column's sample skewness (-1, 0 or 1): which tail its odd values sit in. */
  skewSign: Int8Array;
}

/** Skewness this close to 0, relative to the spread, counts as none (a symmetric or constant column). */
const noSkew = 1e-10;

export function fitTails(rows: Rows): ColumnTails {
  const { data, count, width } = rows;
  const starts = new Int32Array(width + 1);
  const values: number[] = [];
  const atMost: number[] = [];
  const skewSign = new Int8Array(width);
  const column = new Float64Array(count);
  for (let c = 0; c < width; c += 1) {
    starts[c] = values.length;
    for (let r = 0; r < count; r += 1) column[r] = data[r * width + c];
    skewSign[c] = signOfSkew(column);
    column.sort();
    for (let r = 0; r < count; r += 1) {
      // The last of a run of equal values carries the run's count.
      if (r + 1 < count && column[r + 1] === column[r]) continue;
      values.push(column[r]);
      atMost.push(r + 1);
    }
  }
  starts[width] = values.length;
  return { count, width, starts, values: Float64Array.from(values), atMost: Int32Array.from(atMost), skewSign };
}

/**
 * The sign of the biased sample skewness m3 / m2^1.5 (scipy.stats.skew's default), computed in
 * float64 from centred moments; 0 where the column is constant or the skewness is below `noSkew`.
 */
function signOfSkew(column: Float64Array): -1 | 0 | 1 {
  const n = column.length;
  let mean = 0;
  for (const v of column) mean += v;
  mean /= n;
  let m2 = 0;
  let m3 = 0;
  for (const v of column) {
    const d = v - mean;
    m2 += d * d;
    m3 += d * d * d;
  }
  m2 /= n;
  m3 /= n;
  if (!(m2 > 0)) return 0;
  const skew = m3 / m2 ** 1.5;
  return Math.abs(skew) <= noSkew ? 0 : skew < 0 ? -1 : 1;
}

/** Training values in column c that are at most `value` (strict: less than it). */
function countBelow(tails: ColumnTails, c: number, value: number, strict: boolean): number {
  const { values, atMost } = tails;
  let low = tails.starts[c];
  let high = tails.starts[c + 1];
  // The first distinct value past `value` (or at it, when strict).
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (strict ? values[middle] < value : values[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low === tails.starts[c] ? 0 : atMost[low - 1];
}

/**
 * -log of the left and right tail probabilities of a row's values, column by column, written into
 * `left` and `right`. A new row is counted as if it joined the training rows, (k + 1) / (n + 1), so
 * a value beyond every training value still has a finite tail (the rows a reference implementation
 * scores together with the training data get exactly this); a training row scored in-sample
 * (`inSample`) is already among them: k / n.
 */
export function negativeLogTails(
  tails: ColumnTails,
  data: Float64Array,
  offset: number,
  inSample: boolean,
  left: Float64Array,
  right: Float64Array,
): void {
  const joined = inSample ? 0 : 1;
  const total = tails.count + joined;
  for (let c = 0; c < tails.width; c += 1) {
    const value = data[offset + c];
    const atMostValue = countBelow(tails, c, value, false);
    const atLeastValue = tails.count - countBelow(tails, c, value, true);
    left[c] = -Math.log((atMostValue + joined) / total);
    right[c] = -Math.log((atLeastValue + joined) / total);
  }
}
