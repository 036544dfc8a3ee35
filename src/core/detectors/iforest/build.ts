import { createRandom } from '../../random';
import type { ClassicalBuildOptions, ClassicalModel } from '../classical';
import { numberParam, requireRows, rowScorer } from '../classical-shared/rowScorer';
import { averagePathLength, growTree, pathLength, type IsolationTree } from './forest';

/**
 * Isolation Forest: `trees` trees, each grown on `subsample` rows drawn without replacement; a row
 * scores 2^(-E[h(x)] / c(subsample)), near 1 for rows isolated in few splits, below 0.5 for
 * ordinary ones (scikit-learn's score_samples, negated).
 */
export function build(options: ClassicalBuildOptions): ClassicalModel {
  const treeCount = Math.max(1, Math.round(numberParam(options.params, 'trees', 100)));
  const subsample = Math.max(2, Math.round(numberParam(options.params, 'subsample', 256)));
  return rowScorer(
    'Isolation Forest',
    async (rows, control) => {
      requireRows(rows, 2, 'Isolation Forest');
      const random = createRandom(options.seed ^ 0x1f0e);
      const drawn = Math.min(subsample, rows.count);
      const heightLimit = Math.ceil(Math.log2(Math.max(drawn, 2)));
      const all = Int32Array.from({ length: rows.count }, (_, i) => i);
      const trees: IsolationTree[] = [];
      for (let t = 0; t < treeCount; t += 1) {
        // A partial Fisher-Yates shuffle: its first `drawn` entries are the tree's sample.
        for (let i = 0; i < drawn; i += 1) {
          const j = i + Math.floor(random() * (rows.count - i));
          [all[i], all[j]] = [all[j], all[i]];
        }
        trees.push(growTree(rows, all.slice(0, drawn), heightLimit, random));
        if (t % 10 === 9 && !(await control.progress((t + 1) / treeCount))) return null;
      }
      return { trees, normaliser: averagePathLength(drawn) };
    },
    ({ trees, normaliser }, data, offset) => {
      let total = 0;
      for (const tree of trees) total += pathLength(tree, data, offset);
      return 2 ** (-total / trees.length / normaliser);
    },
  );
}
