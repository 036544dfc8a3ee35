// Figures with their spread: every benchmark keeps all its runs and reports median and range.

/** Median, min and max of a list of numbers (NaN for an empty list), with the runs themselves. */
export function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n === 0 ? Number.NaN : n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { median, min: sorted[0] ?? Number.NaN, max: sorted[n - 1] ?? Number.NaN, runs: values };
}

/** "median (min–max, n runs)" with a fixed number of decimals. */
export function formatSpread(s, digits = 0) {
  const f = (v) => v.toFixed(digits);
  return `${f(s.median)} (${f(s.min)}–${f(s.max)}, n=${s.runs.length})`;
}

/**
 * Ratios a / b of the same round, one per round both sides ran in: a ratio of medians would pair
 * a fast round of one side with a slow round of the other and hide how far the rounds disagree.
 * Each run carries its `round`; `sideOf(run)` names its side and `value(run)` reads its figure.
 */
export function perRoundRatios(runs, sideOf, a, b, value) {
  const rounds = [...new Set(runs.map((r) => r.round))].sort((x, y) => x - y);
  return rounds.flatMap((round) => {
    const top = runs.find((r) => r.round === round && sideOf(r) === a);
    const bottom = runs.find((r) => r.round === round && sideOf(r) === b);
    return top && bottom ? [{ round, ratio: value(top) / value(bottom) }] : [];
  });
}

/**
 * A target decided from the rounds' spread, not one median: "met" only when even the lowest round
 * reaches it, "not met" when even the highest falls short, otherwise the rounds straddle it.
 */
export function targetVerdict(s, target) {
  if (s.runs.length === 0) return 'n/a';
  if (s.min >= target) return 'met';
  if (s.max < target) return 'not met';
  return 'inside the noise (not decided)';
}
