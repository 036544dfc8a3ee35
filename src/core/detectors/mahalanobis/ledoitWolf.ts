import type { Rows } from '../classical-shared/rows';

/**
 * The Ledoit-Wolf shrunk covariance of the rows (about their mean, divided by n), as scikit-learn's
 * LedoitWolf computes it: (1 - s)·S + s·mu·I, with S the empirical covariance, mu its mean
 * eigenvalue, and s the shrinkage that minimises the expected squared error. Well conditioned even
 * when features outnumber rows or some are constant.
 */
export function ledoitWolf(rows: Rows): { mean: Float64Array; covariance: Float64Array; shrinkage: number } {
  const { data, count: n, width: p } = rows;
  const mean = new Float64Array(p);
  for (let r = 0; r < n; r += 1) for (let c = 0; c < p; c += 1) mean[c] += data[r * p + c] / n;
  const centred = new Float64Array(p);
  const empirical = new Float64Array(p * p);
  // Σ_n (Σ_i x_ni²)²: the sum of every coefficient of (X²)ᵀX².
  let sumSquaredNorms = 0;
  for (let r = 0; r < n; r += 1) {
    let norm = 0;
    for (let c = 0; c < p; c += 1) {
      centred[c] = data[r * p + c] - mean[c];
      norm += centred[c] * centred[c];
    }
    sumSquaredNorms += norm * norm;
    for (let i = 0; i < p; i += 1) {
      const ci = centred[i];
      if (ci === 0) continue;
      for (let j = i; j < p; j += 1) empirical[i * p + j] += ci * centred[j];
    }
  }
  let trace = 0;
  let frobenius = 0;
  for (let i = 0; i < p; i += 1) {
    for (let j = i; j < p; j += 1) {
      const v = empirical[i * p + j] / n;
      empirical[i * p + j] = v;
      empirical[j * p + i] = v;
      frobenius += i === j ? v * v : 2 * v * v;
    }
    trace += empirical[i * p + i];
  }
  const mu = trace / p;
  const beta = Math.min((sumSquaredNorms / n - frobenius) / (p * n), (frobenius - 2 * mu * trace + p * mu * mu) / p);
  const delta = (frobenius - 2 * mu * trace + p * mu * mu) / p;
  const shrinkage = beta === 0 || delta === 0 ? 0 : beta / delta;
  const covariance = empirical.map((v) => (1 - shrinkage) * v);
  for (let i = 0; i < p; i += 1) covariance[i * p + i] += shrinkage * mu;
  return { mean, covariance, shrinkage };
}
