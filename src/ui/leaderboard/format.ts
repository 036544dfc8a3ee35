/** A duration as the leaderboard shows it: milliseconds below a second, then seconds. */
export const formatMs = (ms: number | null): string =>
  ms === null ? '—' : ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/** Spearman's rank correlation of two score lists (Pearson's r of their ranks, ties sharing a mean rank). */
export function rankCorrelation(a: Float32Array, b: Float32Array): number {
  const ranks = (values: Float32Array) => {
    const order = Array.from(values.keys()).sort((i, j) => values[i] - values[j]);
    const out = new Float64Array(values.length);
    for (let start = 0; start < order.length;) {
      let end = start;
      while (end + 1 < order.length && values[order[end + 1]] === values[order[start]]) end += 1;
      for (let i = start; i <= end; i += 1) out[order[i]] = (start + end) / 2;
      start = end + 1;
    }
    return out;
  };
  if (a.length !== b.length || a.length < 2) return Number.NaN;
  const [ra, rb] = [ranks(a), ranks(b)];
  const mean = (a.length - 1) / 2;
  let covariance = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < a.length; i += 1) {
    covariance += (ra[i] - mean) * (rb[i] - mean);
    va += (ra[i] - mean) ** 2;
    vb += (rb[i] - mean) ** 2;
  }
  return va > 0 && vb > 0 ? covariance / Math.sqrt(va * vb) : Number.NaN;
}
