import type { Rows } from '../classical-shared/rows';

/**
 * One isolation tree in flat arrays: node n splits on `feature[n]` at `threshold[n]` (left: <)
 * or, when `feature[n]` is -1, is a leaf holding `size[n]` training rows.
 */
export interface IsolationTree {
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  size: Int32Array;
}

const eulerGamma = 0.5772156649015329;

/** Average path length of an unsuccessful search in a binary search tree of n items: c(n). */
export function averagePathLength(n: number): number {
  if (n <= 1) return 0;
  if (n === 2) return 1;
  return 2 * (Math.log(n - 1) + eulerGamma) - (2 * (n - 1)) / n;
}

/**
 * Grows a tree on the given rows: each node picks a random feature that still varies among its
 * rows and a uniform split between that feature's min and max there, until one row is left or the
 * height limit ceil(log2(subsample)) is reached.
 */
export function growTree(rows: Rows, members: Int32Array, heightLimit: number, random: () => number): IsolationTree {
  const { data, width } = rows;
  const feature: number[] = [];
  const threshold: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const size: number[] = [];
  const grow = (items: Int32Array, depth: number): number => {
    const node = feature.length;
    feature.push(-1);
    threshold.push(0);
    left.push(-1);
    right.push(-1);
    size.push(items.length);
    if (items.length <= 1 || depth >= heightLimit) return node;
    // Features in random order; the first one that varies among these rows splits them.
    const order = Array.from({ length: width }, (_, i) => i);
    for (let tried = 0; tried < width; tried += 1) {
      const pick = tried + Math.floor(random() * (width - tried));
      [order[tried], order[pick]] = [order[pick], order[tried]];
      const f = order[tried];
      let low = Infinity;
      let high = -Infinity;
      for (const r of items) {
        const v = data[r * width + f];
        if (v < low) low = v;
        if (v > high) high = v;
      }
      if (!(high > low)) continue;
      let split = low + random() * (high - low);
      if (split <= low) split = (low + high) / 2;
      const below = items.filter((r) => data[r * width + f] < split);
      const above = items.filter((r) => data[r * width + f] >= split);
      feature[node] = f;
      threshold[node] = split;
      left[node] = grow(below, depth + 1);
      right[node] = grow(above, depth + 1);
      return node;
    }
    return node; // every feature constant here: a leaf
  };
  grow(members, 0);
  return {
    feature: Int32Array.from(feature),
    threshold: Float64Array.from(threshold),
    left: Int32Array.from(left),
    right: Int32Array.from(right),
    size: Int32Array.from(size),
  };
}

/** Depth at which the row at `offset` leaves the tree, plus c(size) for the rows its leaf still holds. */
export function pathLength(tree: IsolationTree, data: Float64Array, offset: number): number {
  let node = 0;
  let depth = 0;
  while (tree.feature[node] >= 0) {
    node = data[offset + tree.feature[node]] < tree.threshold[node] ? tree.left[node] : tree.right[node];
    depth += 1;
  }
  return depth + averagePathLength(tree.size[node]);
}
