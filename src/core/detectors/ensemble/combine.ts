/** One detector's scores on a split. */
export interface SplitScores {
  testScores: Float32Array;
  trainScores: Float32Array;
}

/** A member's scores on the split it was fitted on, sorted: what any later score is ranked against. */
export function referenceOf({ testScores, trainScores }: SplitScores): Float64Array {
  const all = new Float64Array(testScores.length + trainScores.length);
  all.set(testScores);
  all.set(trainScores, testScores.length);
  return all.sort();
}

/** How many of the sorted values are below `value` (strict) or at most `value`. */
function countBelow(sorted: Float64Array, value: number, inclusive: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < value || (inclusive && sorted[mid] === value)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A score's mid-rank among a member's reference scores, divided by their count: in (0, 1] for a
 * score of the split itself (ties share their mean rank; a new score above all of them lands just
 * above 1), comparable across detectors whose raw scores live on different scales (distances,
 * densities, path lengths). A new row is placed among the split's scores the same way, so the
 * ensemble scores any file as it scored the split.
 */
export function midRank(sorted: Float64Array, value: number): number {
  if (Number.isNaN(value)) return Number.NaN;
  const below = countBelow(sorted, value, false);
  const atMost = countBelow(sorted, value, true);
  return (below + atMost + 1) / 2 / sorted.length;
}

/** Each score's mid-rank among all of that detector's split scores (test and training rows together). */
export function rankNormalise(scores: SplitScores): SplitScores {
  const reference = referenceOf(scores);
  const rank = (values: Float32Array) => Float32Array.from(values, (v) => midRank(reference, v));
  return { testScores: rank(scores.testScores), trainScores: rank(scores.trainScores) };
}

/** The mean of several members' ranks of the same rows (each `ranks[m]` one member's, row by row). */
export function meanRanks(ranks: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(ranks[0]?.length ?? 0);
  for (const member of ranks) member.forEach((v, i) => (out[i] += v / ranks.length));
  return out;
}

/** The mean of the members' rank-normalised scores, row by row. */
export function rankEnsemble(members: readonly SplitScores[]): SplitScores {
  if (members.length === 0) throw new Error('An ensemble needs at least one detector.');
  const { testScores, trainScores } = members[0];
  for (const member of members) {
    if (member.testScores.length !== testScores.length || member.trainScores.length !== trainScores.length) {
      throw new Error('The ensemble members were scored on different splits.');
    }
  }
  const ranked = members.map(rankNormalise);
  return {
    testScores: meanRanks(ranked.map((r) => r.testScores)),
    trainScores: meanRanks(ranked.map((r) => r.trainScores)),
  };
}
