/**
 * The one-class SVM dual (libsvm's formulation): minimise ½ αᵀQα subject to 0 <= α_i <= 1 and
 * Σ α_i = nu·n, by sequential minimal optimisation with second-order working-set selection (Fan,
 * Chen and Lin 2005), stopping when the largest KKT violation is below `tolerance` (libsvm's and
 * scikit-learn's 1e-3). Q is the kernel matrix, row-major n x n.
 */
export interface OneClassSolution {
  alpha: Float64Array;
  rho: number;
  iterations: number;
}

const tau = 1e-12;

export async function solveOneClass(
  q: Float64Array,
  n: number,
  nu: number,
  options: { tolerance?: number; maxIterations?: number; onProgress?: (iterations: number) => Promise<boolean> } = {},
): Promise<OneClassSolution | null> {
  const tolerance = options.tolerance ?? 1e-3;
  const maxIterations = options.maxIterations ?? Math.max(10_000_000, 100 * n);
  const alpha = new Float64Array(n);
  const whole = Math.floor(nu * n);
  for (let i = 0; i < whole; i += 1) alpha[i] = 1;
  if (whole < n) alpha[whole] = nu * n - whole;
  const gradient = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    if (alpha[i] === 0) continue;
    for (let t = 0; t < n; t += 1) gradient[t] += q[i * n + t] * alpha[i];
  }
  let iteration = 0;
  for (; iteration < maxIterations; iteration += 1) {
    // i: the most violating index that may grow; j: the partner giving the largest decrease.
    let i = -1;
    let gMax = -Infinity;
    for (let t = 0; t < n; t += 1) {
      if (alpha[t] < 1 && -gradient[t] >= gMax) {
        gMax = -gradient[t];
        i = t;
      }
    }
    let j = -1;
    let gMin = Infinity;
    let bestDecrease = Infinity;
    for (let t = 0; t < n; t += 1) {
      if (!(alpha[t] > 0)) continue;
      const g = -gradient[t];
      if (g < gMin) gMin = g;
      const b = gMax - g;
      if (i >= 0 && b > 0) {
        const a = q[i * n + i] + q[t * n + t] - 2 * q[i * n + t];
        const decrease = -(b * b) / (a > 0 ? a : tau);
        if (decrease <= bestDecrease) {
          bestDecrease = decrease;
          j = t;
        }
      }
    }
    if (i < 0 || j < 0 || gMax - gMin < tolerance) break;
    const quad = Math.max(q[i * n + i] + q[j * n + j] - 2 * q[i * n + j], tau);
    const oldI = alpha[i];
    const oldJ = alpha[j];
    const sum = oldI + oldJ;
    let newI = oldI - (gradient[i] - gradient[j]) / quad;
    newI = Math.min(Math.max(newI, Math.max(0, sum - 1)), Math.min(1, sum));
    const newJ = sum - newI;
    alpha[i] = newI;
    alpha[j] = newJ;
    const di = newI - oldI;
    const dj = newJ - oldJ;
    for (let t = 0; t < n; t += 1) gradient[t] += q[i * n + t] * di + q[j * n + t] * dj;
    if (options.onProgress && iteration % 2000 === 1999 && !(await options.onProgress(iteration + 1))) return null;
  }
  return { alpha, rho: offset(alpha, gradient), iterations: iteration };
}

/** ρ: the mean gradient over free α (0 < α < 1), else the middle of the bounds the others set (libsvm). */
function offset(alpha: Float64Array, gradient: Float64Array): number {
  let upper = Infinity;
  let lower = -Infinity;
  let freeSum = 0;
  let free = 0;
  alpha.forEach((a, t) => {
    if (a >= 1) lower = Math.max(lower, gradient[t]);
    else if (a <= 0) upper = Math.min(upper, gradient[t]);
    else {
      freeSum += gradient[t];
      free += 1;
    }
  });
  return free > 0 ? freeSum / free : (upper + lower) / 2;
}
