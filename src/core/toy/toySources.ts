import { createRandom } from '../random';

/**
 * The 2-D playground's point sets, seeded: a shape of normal points (the toy) with a share of
 * outliers drawn uniformly over the plane, as in scikit-learn's outlier-detection comparison. The
 * plane is [-1, 1] x [-1, 1]; normal points keep inside [-0.85, 0.85] so a field shows their edge.
 */
export const toyNames = ['blobs', 'moons', 'ring', 'two-scales', 'line', 'uniform-noise'] as const;
export type ToyName = (typeof toyNames)[number];

/** The plane every toy and field lives on: x from, x to, y from, y to. */
export const toyBounds: readonly [number, number, number, number] = [-1, 1, -1, 1];

export interface ToyPoints {
  /** x, y per point. */
  xy: Float32Array;
  /** 1 for an outlier (or a point placed as an anomaly), else 0. */
  isAnomaly: Uint8Array;
  /** 1 for a point placed by hand (the `points` field), else 0. */
  byHand: Uint8Array;
}

/** A standard normal draw (Box-Muller) from a uniform source. */
function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** One normal point of a toy's shape. */
function shapePoint(name: ToyName, random: () => number, i: number): [number, number] {
  const noise = (sd: number) => gaussian(random) * sd;
  switch (name) {
    case 'blobs': {
      const centre = i % 2 === 0 ? -0.4 : 0.4;
      return [centre + noise(0.12), centre + noise(0.12)];
    }
    case 'moons': {
      // Two interleaved half circles (scikit-learn's make_moons), scaled onto the plane.
      const t = Math.PI * random();
      const upper = i % 2 === 0;
      const [x, y] = upper ? [Math.cos(t), Math.sin(t)] : [1 - Math.cos(t), 0.5 - Math.sin(t)];
      return [(x - 0.5) * 0.55 + noise(0.04), (y - 0.25) * 0.55 + noise(0.04)];
    }
    case 'ring': {
      const angle = 2 * Math.PI * random();
      const radius = 0.6 + noise(0.04);
      return [radius * Math.cos(angle), radius * Math.sin(angle)];
    }
    case 'two-scales':
      // A tight cluster and a loose one: one density does not fit both.
      return i % 2 === 0 ? [-0.45 + noise(0.05), 0.35 + noise(0.05)] : [0.3 + noise(0.18), -0.25 + noise(0.18)];
    case 'line': {
      const t = random() * 1.5 - 0.75;
      return [t, 0.6 * t + noise(0.03)];
    }
    case 'uniform-noise':
      return [random() * 1.7 - 0.85, random() * 1.7 - 0.85];
  }
}

const clip = (v: number) => Math.min(0.85, Math.max(-0.85, v));

/**
 * `count` points of a toy: normal ones of its shape and round(count x outliers%) uniform outliers,
 * then the hand-placed ones; the same seed gives the same points.
 */
export function toyPoints(
  name: ToyName,
  options: { count: number; outlierPercent: number; seed: number; byHand?: readonly HandPoint[] },
): ToyPoints {
  const random = createRandom(options.seed ^ 0x7011);
  const outliers = Math.round((options.count * Math.min(Math.max(options.outlierPercent, 0), 50)) / 100);
  const normal = options.count - outliers;
  const hand = options.byHand ?? [];
  const total = options.count + hand.length;
  const xy = new Float32Array(total * 2);
  const isAnomaly = new Uint8Array(total);
  const byHand = new Uint8Array(total);
  for (let i = 0; i < normal; i += 1) {
    const [x, y] = shapePoint(name, random, i);
    xy.set([clip(x), clip(y)], i * 2);
  }
  const [x0, x1, y0, y1] = toyBounds;
  for (let i = normal; i < options.count; i += 1) {
    xy.set([x0 + random() * (x1 - x0), y0 + random() * (y1 - y0)], i * 2);
    isAnomaly[i] = 1;
  }
  hand.forEach((p, k) => {
    const i = options.count + k;
    xy.set([p.x, p.y], i * 2);
    isAnomaly[i] = p.anomaly ? 1 : 0;
    byHand[i] = 1;
  });
  return { xy, isAnomaly, byHand };
}

/** A point placed by hand: where, and whether it was placed as an anomaly. */
export interface HandPoint {
  x: number;
  y: number;
  anomaly: boolean;
}

/** Hand-placed points in the link: x, y in thousandths of the plane's unit and 1 (anomaly) or 0, per point. */
export function handPointsFromList(list: readonly number[]): HandPoint[] {
  const points: HandPoint[] = [];
  for (let i = 0; i + 2 < list.length; i += 3) {
    points.push({ x: list[i] / 1000, y: list[i + 1] / 1000, anomaly: list[i + 2] === 1 });
  }
  return points;
}

export function handPointsToList(points: readonly HandPoint[]): number[] {
  const at = (v: number) => Math.round(Math.min(1, Math.max(-1, v)) * 1000);
  return points.flatMap((p) => [at(p.x), at(p.y), p.anomaly ? 1 : 0]);
}

/**
 * The field's grid: side x side cell centres over the plane, row by row from the top (y high) down,
 * as (x, y) rows a detector scores like any point.
 */
export function fieldGrid(side: number): Float32Array {
  const [x0, x1, y0, y1] = toyBounds;
  const rows = new Float32Array(side * side * 2);
  for (let i = 0; i < side; i += 1) {
    for (let j = 0; j < side; j += 1) {
      const p = (i * side + j) * 2;
      rows[p] = x0 + ((j + 0.5) / side) * (x1 - x0);
      rows[p + 1] = y1 - ((i + 0.5) / side) * (y1 - y0);
    }
  }
  return rows;
}

/**
 * The plane as detectors see it: each coordinate mapped from [-1, 1] to [0, 1], the range a
 * generator's sigmoid output spans, so a GAN draws on the same plane as every other detector fits.
 */
export function toModelSpace(xy: Float32Array): Float32Array {
  const [x0, x1] = toyBounds;
  return Float32Array.from(xy, (v) => (v - x0) / (x1 - x0));
}

/** Model space back to the plane (a GAN's generated points). */
export function fromModelSpace(values: ArrayLike<number>): Float32Array {
  const [x0, x1] = toyBounds;
  return Float32Array.from(values, (v) => x0 + v * (x1 - x0));
}
