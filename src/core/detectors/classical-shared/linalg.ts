/**
 * Small dense linear algebra in float64 for the classical detectors (d up to a few hundred):
 * Cholesky factorisation and solves, and the symmetric eigendecomposition (cyclic Jacobi).
 */

/** Lower-triangular L with A = L Lᵀ (row-major n x n), or null when A is not positive definite. */
export function cholesky(a: Float64Array, n: number): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = a[i * n + j];
      for (let k = 0; k < j; k += 1) sum -= l[i * n + k] * l[j * n + k];
      if (i === j) {
        if (!(sum > 0)) return null;
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / l[j * n + j];
      }
    }
  }
  return l;
}

/** Lower-triangular L⁻¹, column by column (forward substitution on the identity). */
export function invertLower(l: Float64Array, n: number): Float64Array {
  const inverse = new Float64Array(n * n);
  for (let col = 0; col < n; col += 1) {
    for (let i = col; i < n; i += 1) {
      let value = i === col ? 1 : 0;
      for (let k = col; k < i; k += 1) value -= l[i * n + k] * inverse[k * n + col];
      inverse[i * n + col] = value / l[i * n + i];
    }
  }
  return inverse;
}

/** The transpose of a row-major n x n matrix, as float32 for a tensor. */
export const transposeSquare = (square: Float64Array, n: number): Float32Array =>
  Float32Array.from({ length: n * n }, (_, i) => square[(i % n) * n + Math.floor(i / n)]);

/** |L⁻¹ v|² for lower-triangular L: vᵀ A⁻¹ v when A = L Lᵀ (forward substitution). */
export function inverseQuadraticForm(
  l: Float64Array,
  n: number,
  v: Float64Array,
  scratch = new Float64Array(n),
): number {
  let sum = 0;
  for (let i = 0; i < n; i += 1) {
    let value = v[i];
    for (let k = 0; k < i; k += 1) value -= l[i * n + k] * scratch[k];
    value /= l[i * n + i];
    scratch[i] = value;
    sum += value * value;
  }
  return sum;
}

/**
 * Eigenvalues (descending) and eigenvectors (columns of a row-major n x n matrix, in the same
 * order) of a symmetric matrix, by cyclic Jacobi rotations: slow past a few hundred dimensions,
 * exact to double precision below.
 */
export function symmetricEigen(matrix: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i += 1) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep += 1) {
    let off = 0;
    let scale = 0;
    for (let p = 0; p < n; p += 1) {
      scale += a[p * n + p] * a[p * n + p];
      for (let q = p + 1; q < n; q += 1) off += a[p * n + q] * a[p * n + q];
    }
    if (off <= 1e-30 * Math.max(scale, 1e-300)) break;
    for (let p = 0; p < n - 1; p += 1) {
      for (let q = p + 1; q < n; q += 1) {
        const apq = a[p * n + q];
        if (apq === 0) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k += 1) {
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k += 1) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k += 1) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j * n + j] - a[i * n + i]);
  const values = Float64Array.from(order, (i) => a[i * n + i]);
  const vectors = new Float64Array(n * n);
  order.forEach((from, to) => {
    for (let k = 0; k < n; k += 1) vectors[k * n + to] = v[k * n + from];
  });
  return { values, vectors };
}

/** Covariance of the rows about their mean (divided by count - 1), row-major width x width. */
export function covariance(
  data: Float64Array,
  count: number,
  width: number,
  mean: Float64Array,
  ddof = 1,
): Float64Array {
  const cov = new Float64Array(width * width);
  const centred = new Float64Array(width);
  for (let r = 0; r < count; r += 1) {
    for (let c = 0; c < width; c += 1) centred[c] = data[r * width + c] - mean[c];
    for (let i = 0; i < width; i += 1) {
      const ci = centred[i];
      if (ci === 0) continue;
      for (let j = i; j < width; j += 1) cov[i * width + j] += ci * centred[j];
    }
  }
  const divisor = Math.max(count - ddof, 1);
  for (let i = 0; i < width; i += 1) {
    for (let j = i; j < width; j += 1) {
      cov[i * width + j] /= divisor;
      cov[j * width + i] = cov[i * width + j];
    }
  }
  return cov;
}
