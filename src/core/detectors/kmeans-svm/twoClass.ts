/**
 * The C-support-vector classification dual (libsvm's formulation): minimise ½ αᵀQα - Σ α_i with
 * Q_ij = y_i y_j K_ij, subject to Σ y_i α_i = 0 and 0 <= α_i <= C_i, by sequential minimal
 * optimisation with second-order working-set selection (Fan, Chen and Lin 2005), stopping when the
 * largest KKT violation is below `tolerance` (libsvm's and scikit-learn's 1e-3). `kernel` is K,
 * row-major n x n; `y` is +1 or -1 per row; `bound` is each row's C (class weights folded in).
 * Decision: f(x) = Σ α_i y_i K(x_i, x) - rho, positive on the +1 side.
 */
export interface TwoClassSolution {
  alpha: Float64Array;
  rho: number;
  iterations: number;
}

const tau = 1e-12;

export async function solveTwoClass(
  kernel: Float64Array,
  y: Int8Array,
  bound: Float64Array,
  options: { tolerance?: number; maxIterations?: number; onProgress?: (iterations: number) => Promise<boolean> } = {},
): Promise<TwoClassSolution | null> {
  const n = y.length;
  const tolerance = options.tolerance ?? 1e-3;
  const maxIterations = options.maxIterations ?? Math.max(10_000_000, 100 * n);
  const alpha = new Float64Array(n);
  // G = Qα - 1 at α = 0.
  const gradient = new Float64Array(n).fill(-1);
  const q = (a: number, b: number) => y[a] * y[b] * kernel[a * n + b];
  const up = (t: number) => (y[t] > 0 ? alpha[t] < bound[t] : alpha[t] > 0);
  const low = (t: number) => (y[t] > 0 ? alpha[t] > 0 : alpha[t] < bound[t]);
  let iteration = 0;
  for (; iteration < maxIterations; iteration += 1) {
    let i = -1;
    let gMax = -Infinity;
    for (let t = 0; t < n; t += 1) {
      if (up(t) && -y[t] * gradient[t] >= gMax) {
        gMax = -y[t] * gradient[t];
        i = t;
      }
    }
    let j = -1;
    let gMin = Infinity;
    let bestDecrease = Infinity;
    for (let t = 0; t < n; t += 1) {
      if (!low(t)) continue;
      const g = -y[t] * gradient[t];
      if (g < gMin) gMin = g;
      const b = gMax - g;
      if (i >= 0 && b > 0) {
        const a = kernel[i * n + i] + kernel[t * n + t] - 2 * kernel[i * n + t];
        const decrease = -(b * b) / (a > 0 ? a : tau);
        if (decrease <= bestDecrease) {
          bestDecrease = decrease;
          j = t;
        }
      }
    }
    if (i < 0 || j < 0 || gMax - gMin < tolerance) break;
    const [oldI, oldJ] = [alpha[i], alpha[j]];
    const [ci, cj] = [bound[i], bound[j]];
    const quad = Math.max(kernel[i * n + i] + kernel[j * n + j] - 2 * kernel[i * n + j], tau);
    if (y[i] !== y[j]) {
      const delta = (-gradient[i] - gradient[j]) / quad;
      const diff = alpha[i] - alpha[j];
      alpha[i] += delta;
      alpha[j] += delta;
      if (diff > 0 ? alpha[j] < 0 : alpha[i] < 0) {
        if (diff > 0) [alpha[j], alpha[i]] = [0, diff];
        else [alpha[i], alpha[j]] = [0, -diff];
      }
      if (diff > ci - cj ? alpha[i] > ci : alpha[j] > cj) {
        if (diff > ci - cj) [alpha[i], alpha[j]] = [ci, ci - diff];
        else [alpha[j], alpha[i]] = [cj, cj + diff];
      }
    } else {
      const delta = (gradient[i] - gradient[j]) / quad;
      const sum = alpha[i] + alpha[j];
      alpha[i] -= delta;
      alpha[j] += delta;
      if (sum > ci ? alpha[i] > ci : alpha[j] < 0) {
        if (sum > ci) [alpha[i], alpha[j]] = [ci, sum - ci];
        else [alpha[j], alpha[i]] = [0, sum];
      }
      if (sum > cj ? alpha[j] > cj : alpha[i] < 0) {
        if (sum > cj) [alpha[j], alpha[i]] = [cj, sum - cj];
        else [alpha[i], alpha[j]] = [0, sum];
      }
    }
    const di = alpha[i] - oldI;
    const dj = alpha[j] - oldJ;
    for (let t = 0; t < n; t += 1) gradient[t] += q(t, i) * di + q(t, j) * dj;
    if (options.onProgress && iteration % 2000 === 1999 && !(await options.onProgress(iteration + 1))) return null;
  }
  return { alpha, rho: offset(alpha, gradient, y, bound), iterations: iteration };
}

/** rho: the mean of y·G over free α, else the middle of the bounds the others set (libsvm's calculate_rho). */
function offset(alpha: Float64Array, gradient: Float64Array, y: Int8Array, bound: Float64Array): number {
  let upper = Infinity;
  let lower = -Infinity;
  let freeSum = 0;
  let free = 0;
  alpha.forEach((a, t) => {
    const yg = y[t] * gradient[t];
    if (a >= bound[t]) {
      if (y[t] < 0) upper = Math.min(upper, yg);
      else lower = Math.max(lower, yg);
    } else if (a <= 0) {
      if (y[t] > 0) upper = Math.min(upper, yg);
      else lower = Math.max(lower, yg);
    } else {
      freeSum += yg;
      free += 1;
    }
  });
  return free > 0 ? freeSum / free : (upper + lower) / 2;
}
