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
