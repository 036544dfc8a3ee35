import { squaredDistance, type Rows } from '../classical-shared/rows';

/** Row-major k x width centroids. */
export type Centroids = Rows;

/** k-means++ starting centroids: each next one drawn with probability proportional to its squared distance. */
export function kmeansPlusPlus(rows: Rows, k: number, random: () => number): Centroids {
  const { count, width } = rows;
  const centroids: Centroids = { data: new Float64Array(k * width), count: k, width };
  const nearest = new Float64Array(count).fill(Infinity);
  let chosen = Math.floor(random() * count);
  for (let c = 0; c < k; c += 1) {
    centroids.data.set(rows.data.subarray(chosen * width, (chosen + 1) * width), c * width);
    let total = 0;
    for (let r = 0; r < count; r += 1) {
      nearest[r] = Math.min(nearest[r], squaredDistance(rows, r, centroids, c));
      total += nearest[r];
    }
    // Every row already sits on a centroid (duplicates): any row will do.
    if (!(total > 0)) {
      chosen = Math.floor(random() * count);
      continue;
    }
    let target = random() * total;
    chosen = count - 1;
    for (let r = 0; r < count; r += 1) {
      target -= nearest[r];
      if (target < 0) {
        chosen = r;
        break;
      }
    }
  }
  return centroids;
}

/** Index of the centroid nearest to row `r` (the lowest index on a tie) and its squared distance. */
export function nearestCentroid(rows: Rows, r: number, centroids: Centroids): { index: number; distance: number } {
  let index = 0;
  let distance = Infinity;
  for (let c = 0; c < centroids.count; c += 1) {
    const d = squaredDistance(rows, r, centroids, c);
    if (d < distance) {
      distance = d;
      index = c;
    }
  }
  return { index, distance };
}

/**
 * Lloyd's iterations from the given centroids until no row changes cluster (the fixed point
 * scikit-learn's KMeans(tol=0) reaches from the same start). A cluster left empty keeps its centroid.
 */
export function lloyd(rows: Rows, start: Centroids, maxIterations = 1000): Centroids {
  const { count, width } = rows;
  const k = start.count;
  const centroids: Centroids = { data: Float64Array.from(start.data), count: k, width };
  const labels = new Int32Array(count).fill(-1);
  const sums = new Float64Array(k * width);
  const sizes = new Float64Array(k);
  for (let iteration = 0; iteration < maxIterations; iteration += 1) {
    let changed = false;
    for (let r = 0; r < count; r += 1) {
      const { index } = nearestCentroid(rows, r, centroids);
      if (labels[r] !== index) changed = true;
      labels[r] = index;
    }
    if (!changed) break;
    sums.fill(0);
    sizes.fill(0);
    for (let r = 0; r < count; r += 1) {
      const c = labels[r];
      sizes[c] += 1;
      for (let f = 0; f < width; f += 1) sums[c * width + f] += rows.data[r * width + f];
    }
    for (let c = 0; c < k; c += 1) {
      if (sizes[c] === 0) continue;
      for (let f = 0; f < width; f += 1) centroids.data[c * width + f] = sums[c * width + f] / sizes[c];
    }
  }
  return centroids;
}
