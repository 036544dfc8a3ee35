import { createRandom, shuffleInPlace } from '../random';

/** Scores rows (row-major, `count` x width) with the detector being explained. */
export type RowScorer = (rows: Float32Array, count: number) => Promise<Float32Array>;

export interface Attribution {
  /** Per column (index = original column): its share of score - baseScore; 0 for columns not in the model. */
  columns: Float64Array;
  /** The row's own score, and the mean score of the baseline rows (the attributions sum to the difference). */
  score: number;
  baseScore: number;
  /** Exact over every coalition of columns, or estimated from sampled orderings. */
  method: 'exact' | 'sampled';
}

/** Up to this many columns every coalition is scored (2^10 x baseline rows); beyond, orderings are sampled. */
export const exactColumnLimit = 10;

/**
 * Shapley values of a row's score over its columns (SHAP's interventional form, model-agnostic):
 * a coalition S of columns takes the row's values for S and a baseline training row's for the
 * rest, and its value is the mean score over the baseline rows. Each column's attribution is its
 * average marginal contribution; together they sum to score(row) - mean score(baseline). Encoded
 * features move with their column (`groups[feature]` = column: one-hot codes, window positions).
 */
export async function shapleyAttribution(
  score: RowScorer,
  row: Float32Array,
  baseline: Float32Array,
  groups: Int32Array,
  groupCount: number,
  options: { seed: number; orderings?: number },
): Promise<Attribution> {
  const width = row.length;
  const baselineCount = baseline.length / width;
  const players = [...new Set(groups)].sort((a, b) => a - b);
  const n = players.length;
  const featuresOf = players.map((column) => Int32Array.from(groups.keys()).filter((f) => groups[f] === column));

  /** The baseline rows with the row's values on the columns in `mask` (bit i = players[i]). */
  const coalitionRows = (mask: number, out: Float32Array, at: number) => {
    for (let b = 0; b < baselineCount; b += 1) {
      const offset = (at + b) * width;
      out.set(baseline.subarray(b * width, (b + 1) * width), offset);
      for (let i = 0; i < n; i += 1) if (mask & (1 << i)) for (const f of featuresOf[i]) out[offset + f] = row[f];
    }
  };
  /** Each coalition's value: the mean score of its rows over the baseline. */
  const valuesOf = async (masks: number[]): Promise<Float64Array> => {
    const rows = new Float32Array(masks.length * baselineCount * width);
    masks.forEach((mask, m) => coalitionRows(mask, rows, m * baselineCount));
    const scores = await score(rows, masks.length * baselineCount);
    return Float64Array.from(masks, (_, m) => {
      let sum = 0;
      for (let b = 0; b < baselineCount; b += 1) sum += scores[m * baselineCount + b];
      return sum / baselineCount;
    });
  };

  const phi = new Float64Array(n);
  const columnsOf = (ends: { score: number; baseScore: number; method: Attribution['method'] }): Attribution => {
    const columns = new Float64Array(groupCount);
    players.forEach((column, i) => (columns[column] = phi[i]));
    return { columns, ...ends };
  };
  if (n <= exactColumnLimit) {
    const full = 2 ** n - 1;
    const values = await valuesOf(Array.from({ length: full + 1 }, (_, m) => m));
    // Shapley weight |S|! (n - |S| - 1)! / n! for a coalition of size s without the player.
    const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
    const weight = Array.from({ length: n }, (_, s) => (factorial(s) * factorial(n - s - 1)) / factorial(n));
    for (let mask = 0; mask <= full; mask += 1) {
      let size = 0;
      for (let m = mask; m; m &= m - 1) size += 1;
      for (let i = 0; i < n; i += 1) {
        if (mask & (1 << i)) continue;
        phi[i] += weight[size] * (values[mask | (1 << i)] - values[mask]);
      }
    }
    return columnsOf({ score: values[full], baseScore: values[0], method: 'exact' });
  }
  {
    // Antithetic orderings (each one and its reverse) walked from the baseline to the row.
    const random = createRandom(options.seed ^ 0x5a9);
    const pairs = Math.max(1, Math.round((options.orderings ?? 24) / 2));
    const orderings: number[][] = [];
    for (let p = 0; p < pairs; p += 1) {
      const order = shuffleInPlace(
        Array.from({ length: n }, (_, i) => i),
        random,
      );
      orderings.push(order, [...order].reverse());
    }
    // Every prefix of every ordering (too many columns for bit masks), scored in one batch.
    const rows = new Float32Array(orderings.length * (n + 1) * baselineCount * width);
    orderings.forEach((order, o) => {
      for (let k = 0; k <= n; k += 1) {
        for (let b = 0; b < baselineCount; b += 1) {
          const offset = ((o * (n + 1) + k) * baselineCount + b) * width;
          rows.set(baseline.subarray(b * width, (b + 1) * width), offset);
          for (let j = 0; j < k; j += 1) for (const f of featuresOf[order[j]]) rows[offset + f] = row[f];
        }
      }
    });
    const scores = await score(rows, orderings.length * (n + 1) * baselineCount);
    const mean = (o: number, k: number) => {
      let sum = 0;
      for (let b = 0; b < baselineCount; b += 1) sum += scores[(o * (n + 1) + k) * baselineCount + b];
      return sum / baselineCount;
    };
    orderings.forEach((order, o) => {
      for (let k = 0; k < n; k += 1) phi[order[k]] += (mean(o, k + 1) - mean(o, k)) / orderings.length;
    });
    return columnsOf({ score: mean(0, n), baseScore: mean(0, 0), method: 'sampled' });
  }
}
