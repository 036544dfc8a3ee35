import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/**
 * ECOD: how far out in its column's tails each value sits, from the training rows' empirical
 * distributions, summed over the columns (Li et al. 2022). No parameters to tune.
 */
export const ecodDetector = defineDetector({
  id: 'ecod',
  label: 'ECOD (empirical tails)',
  scoreName: 'sum of -log tail probabilities',
  zh: { label: 'ECOD（经验分布尾部）', scoreName: '各列尾部概率的 -log 之和' },
  ...classicalSpecBase,
  fields: [],
  views: [],
});
