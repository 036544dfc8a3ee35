import { createRandom, shuffleInPlace } from '../../random';
import type { PlainData } from '../../project/plainData';
import type { ClassicalBuildOptions, ClassicalModel } from '../classical';
import { numberParam, requireRows } from '../classical-shared/rowScorer';
import { rowsOf, type Rows } from '../classical-shared/rows';
import { kmeansPlusPlus, lloyd, nearestCentroid, type Centroids } from '../kmeans/lloyd';
import { scaleGamma } from '../ocsvm/build';
import { solveOneClass } from '../ocsvm/smo';
import { solveTwoClass } from './twoClass';

/** Rows one cluster's SVM is solved on at most (a seeded sample beyond): its kernel matrix grows with the square. */
export const maxClusterRows = 1000;

/** One cluster's SVM: decision(x) = sign · (Σ coef_s K(s, x) - rho), standardised by its training rows. */
interface ClusterSvm {
  kind: 'one-class' | 'two-class' | 'centroid';
  support: Float64Array;
  coef: Float64Array;
  rho: number;
  mean: number;
  sd: number;
}

interface State {
  centroids: Centroids;
  gamma: number;
  clusters: ClusterSvm[];
}

function squaredDistance(a: Float64Array, ao: number, b: Float64Array, bo: number, width: number): number {
  let sum = 0;
  for (let f = 0; f < width; f += 1) {
    const d = a[ao + f] - b[bo + f];
    sum += d * d;
  }
  return sum;
}

/** The SVM's raw decision at a row, oriented so that higher is more anomalous. */
function decision(svm: ClusterSvm, gamma: number, data: Float64Array, offset: number, width: number): number {
  let sum = 0;
  for (let s = 0; s < svm.coef.length; s += 1) {
    sum += svm.coef[s] * Math.exp(-gamma * squaredDistance(svm.support, s * width, data, offset, width));
  }
  // A one-class SVM is positive inside its region (sum - rho); a two-class one on the anomalies' side.
  return svm.kind === 'one-class' ? svm.rho - sum : sum - svm.rho;
}

function kernelMatrix(rows: Rows, members: number[], gamma: number): Float64Array {
  const n = members.length;
  const k = new Float64Array(n * n);
  for (let a = 0; a < n; a += 1) {
    k[a * n + a] = 1;
    for (let b = a + 1; b < n; b += 1) {
      const value = Math.exp(
        -gamma * squaredDistance(rows.data, members[a] * rows.width, rows.data, members[b] * rows.width, rows.width),
      );
      k[a * n + b] = k[b * n + a] = value;
    }
  }
  return k;
}

function gatherRows(rows: Rows, members: number[]): Float64Array {
  const out = new Float64Array(members.length * rows.width);
  members.forEach((r, i) => out.set(rows.data.subarray(r * rows.width, (r + 1) * rows.width), i * rows.width));
  return out;
}

/** k-means over the unlabelled rows, then one SVM per cluster (module docs: spec.ts). */
export function build(options: ClassicalBuildOptions): ClassicalModel {
  const k = Math.round(numberParam(options.params, 'clusters', 4));
  const nu = Math.min(Math.max(numberParam(options.params, 'nu', 0.5), 1e-3), 1);
  const cost = numberParam(options.params, 'svmc', 1);
  let state: State | null = null;

  const clusterSvm = async (
    rows: Rows,
    normal: number[],
    anomalies: number[],
    gamma: number,
    stopped: (iterations: number) => Promise<boolean>,
  ): Promise<ClusterSvm | null> => {
    const width = rows.width;
    if (normal.length < 2)
      return { kind: 'centroid', support: new Float64Array(0), coef: new Float64Array(0), rho: 0, mean: 0, sd: 1 };
    const members = [...normal, ...anomalies];
    const kernel = kernelMatrix(rows, members, gamma);
    let svm: ClusterSvm;
    if (anomalies.length) {
      const y = Int8Array.from(members, (_, i) => (i < normal.length ? -1 : 1));
      // Balanced class weights: each class carries half of the total C, whatever its size.
      const n = members.length;
      const bound = Float64Array.from(y, (label) => (cost * n) / (2 * (label > 0 ? anomalies.length : normal.length)));
      const solution = await solveTwoClass(kernel, y, bound, { onProgress: stopped });
      if (!solution) return null;
      const kept = members.map((_, i) => i).filter((i) => solution.alpha[i] > 0);
      svm = {
        kind: 'two-class',
        support: gatherRows(
          rows,
          kept.map((i) => members[i]),
        ),
        coef: Float64Array.from(kept, (i) => solution.alpha[i] * y[i]),
        rho: solution.rho,
        mean: 0,
        sd: 1,
      };
    } else {
      const solution = await solveOneClass(kernel, members.length, nu, { onProgress: stopped });
      if (!solution) return null;
      const kept = members.map((_, i) => i).filter((i) => solution.alpha[i] > 0);
      svm = {
        kind: 'one-class',
        support: gatherRows(
          rows,
          kept.map((i) => members[i]),
        ),
        coef: Float64Array.from(kept, (i) => solution.alpha[i]),
        rho: solution.rho,
        mean: 0,
        sd: 1,
      };
    }
    // The cluster's own (normal) rows set the scale its scores are read in.
    const own = normal.map((r) => decision(svm, gamma, rows.data, r * width, width));
    const mean = own.reduce((a, b) => a + b, 0) / own.length;
    const sd = Math.sqrt(own.reduce((a, v) => a + (v - mean) ** 2, 0) / own.length);
    return { ...svm, mean, sd: sd > 1e-12 ? sd : 1 };
  };

  return {
    async fit(x, control, labels) {
      state = null;
      const rows = await rowsOf(x);
      const anomalous = (r: number) => (labels?.[r] ?? 0) < 0;
      const unlabelled = Array.from({ length: rows.count }, (_, r) => r).filter((r) => !anomalous(r));
      const plain: Rows = { data: gatherRows(rows, unlabelled), count: unlabelled.length, width: rows.width };
      requireRows(plain, Math.max(k, 2), `k-means + SVM detector with ${k} clusters`);
      const random = createRandom(options.seed ^ 0x6b73);
      const centroids = lloyd(plain, kmeansPlusPlus(plain, k, random));
      const byCluster = Array.from({ length: centroids.count }, () => ({
        normal: [] as number[],
        anomalies: [] as number[],
      }));
      for (let r = 0; r < rows.count; r += 1) {
        const { index } = nearestCentroid(rows, r, centroids);
        (anomalous(r) ? byCluster[index].anomalies : byCluster[index].normal).push(r);
      }
      const gamma = scaleGamma(plain.data, rows.width);
      const clusters: ClusterSvm[] = [];
      for (const [c, group] of byCluster.entries()) {
        const normal =
          group.normal.length > maxClusterRows
            ? shuffleInPlace(group.normal, random).slice(0, maxClusterRows)
            : group.normal;
        const base = c / byCluster.length;
        const svm = await clusterSvm(rows, normal, group.anomalies, gamma, (iterations) =>
          control.progress(base + Math.min(0.9, iterations / (50 * normal.length)) / byCluster.length),
        );
        if (!svm || !(await control.progress((c + 1) / byCluster.length))) return;
        clusters.push(svm);
      }
      state = { centroids, gamma, clusters };
    },
    async score(x) {
      const fitted = state;
      if (!fitted) throw new Error('Fit the k-means + SVM detector before scoring.');
      const rows = await rowsOf(x);
      return Float32Array.from({ length: rows.count }, (_, r) => {
        const { index, distance } = nearestCentroid(rows, r, fitted.centroids);
        const svm = fitted.clusters[index];
        if (svm.kind === 'centroid') return distance;
        return (decision(svm, fitted.gamma, rows.data, r * rows.width, rows.width) - svm.mean) / svm.sd;
      });
    },
    async save() {
      if (!state) throw new Error('Fit the k-means + SVM detector before saving it.');
      return state as unknown as PlainData;
    },
    load(saved) {
      state = saved as unknown as State;
    },
    dispose() {
      state = null;
    },
  };
}
