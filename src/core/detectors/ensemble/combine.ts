/** One detector's scores on a split. */
export interface SplitScores {
  testScores: Float32Array;
  trainScores: Float32Array;
}

/**
 * Each score's rank among all of that detector's scores (test and training rows together, ties
 * sharing their mean rank), divided by their count: in (0, 1], comparable across detectors whose
 * raw scores live on different scales (distances, densities, path lengths).
 */
export function rankNormalise({ testScores, trainScores }: SplitScores): SplitScores {
  const all = new Float64Array(testScores.length + trainScores.length);
  all.set(testScores);
  all.set(trainScores, testScores.length);
  const order = Array.from(all.keys()).sort((a, b) => all[a] - all[b]);
  const ranks = new Float32Array(all.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && all[order[end + 1]] === all[order[start]]) end += 1;
    // 1-based mean rank of the tied run start..end.
    const rank = (start + end + 2) / 2 / all.length;
    for (let i = start; i <= end; i += 1) ranks[order[i]] = rank;
    start = end + 1;
  }
  return { testScores: ranks.slice(0, testScores.length), trainScores: ranks.slice(testScores.length) };
}

/** The mean of the members' rank-normalised scores, row by row. */
export function rankEnsemble(members: readonly SplitScores[]): SplitScores {
  if (members.length === 0) throw new Error('An ensemble needs at least one detector.');
  const { testScores, trainScores } = members[0];
  const test = new Float32Array(testScores.length);
  const train = new Float32Array(trainScores.length);
  for (const member of members) {
    if (member.testScores.length !== test.length || member.trainScores.length !== train.length) {
      throw new Error('The ensemble members were scored on different splits.');
    }
    const ranked = rankNormalise(member);
    ranked.testScores.forEach((v, i) => (test[i] += v / members.length));
    ranked.trainScores.forEach((v, i) => (train[i] += v / members.length));
  }
  return { testScores: test, trainScores: train };
}
