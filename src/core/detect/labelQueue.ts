import { createRandom, shuffleInPlace } from '../random';

/** How the next items to label are chosen (active learning's query strategy). */
export type QueryStrategy = 'top' | 'uncertain' | 'diverse';
export const queryStrategies: readonly QueryStrategy[] = ['top', 'uncertain', 'diverse'];

/** Candidates the diverse strategy spreads its picks over: the most anomalous unlabelled items. */
const diversePool = 100;

export interface QueueInput {
  testScores: ArrayLike<number>;
  threshold: number;
  /** Test positions that may not be asked about: already marked, or not measured. */
  excluded: ReadonlySet<number>;
  /**
   * Coordinates of test items for the diverse strategy (row-major, `width` per item: latent codes
   * or pixels), or null: then it spreads its picks over the candidates' score ranks.
   */
  points: { values: ArrayLike<number>; width: number; positions: ArrayLike<number> } | null;
}

/**
 * The next `count` test items to ask a person about: `top` the most anomalous unlabelled ones (most
 * likely anomalies: each ✗ is a labelled anomaly), `uncertain` those nearest the threshold (where a
 * label moves the boundary most), `diverse` the most anomalous ones spread over the space the
 * detector sees (farthest-point picks, so ten labels are not ten copies of one kind of anomaly).
 */
export function queueItems(strategy: QueryStrategy, input: QueueInput, count = 10): number[] {
  const { testScores, threshold, excluded } = input;
  const open = Array.from({ length: testScores.length }, (_, p) => p).filter(
    (p) => !excluded.has(p) && Number.isFinite(testScores[p]),
  );
  const byScore = [...open].sort((a, b) => testScores[b] - testScores[a] || a - b);
  if (strategy === 'top') return byScore.slice(0, count);
  if (strategy === 'uncertain') {
    return open
      .sort((a, b) => Math.abs(testScores[a] - threshold) - Math.abs(testScores[b] - threshold) || a - b)
      .slice(0, count);
  }
  const pool = byScore.slice(0, diversePool);
  const points = input.points;
  const rowOf = new Map<number, number>();
  if (points) Array.from(points.positions).forEach((position, row) => rowOf.set(position, row));
  const placed = pool.filter((p) => rowOf.has(p));
  if (!points || placed.length < count) {
    // No coordinates: every (pool / count)-th of the ranked candidates.
    const step = Math.max(1, Math.floor(pool.length / count));
    return pool.filter((_, rank) => rank % step === 0).slice(0, count);
  }
  const distance = (a: number, b: number) => {
    let sum = 0;
    const ra = rowOf.get(a)! * points.width;
    const rb = rowOf.get(b)! * points.width;
    for (let f = 0; f < points.width; f += 1) sum += (points.values[ra + f] - points.values[rb + f]) ** 2;
    return sum;
  };
  // Farthest-point: start at the most anomalous, then always the one farthest from every pick so far.
  const picks = [placed[0]];
  const nearest = placed.map((p) => distance(p, placed[0]));
  while (picks.length < Math.min(count, placed.length)) {
    let best = -1;
    nearest.forEach((d, i) => {
      if (d > 0 && (best < 0 || d > nearest[best])) best = i;
    });
    if (best < 0) break;
    picks.push(placed[best]);
    placed.forEach((p, i) => (nearest[i] = Math.min(nearest[i], distance(p, placed[best]))));
  }
  return picks;
}

/**
 * `count` seeded random test items among those open to labelling, marked by their true labels: the
 * baseline an active strategy's learning curve is compared with.
 */
export function randomLabels(
  openPositions: readonly number[],
  isAnomaly: ArrayLike<number>,
  count: number,
  seed: number,
): { position: number; anomaly: boolean }[] {
  const drawn = shuffleInPlace([...openPositions], createRandom(seed ^ 0x1abe1));
  return drawn.slice(0, count).map((position) => ({ position, anomaly: isAnomaly[position] === 1 }));
}
