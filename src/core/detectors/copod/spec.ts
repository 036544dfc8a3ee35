import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/**
 * COPOD: the tail probabilities of a row under the training rows' empirical copula, summed over the
 * columns, each column's tail chosen by its skewness (Li et al. 2020). No parameters to tune.
 */
export const copodDetector = defineDetector({
  id: 'copod',
  label: 'COPOD (empirical copula)',
  scoreName: 'sum of -log tail probabilities (skew-corrected)',
  zh: { label: 'COPOD（经验 Copula）', scoreName: '各列尾部概率的 -log 之和（按偏度校正）' },
  ...classicalSpecBase,
  fields: [],
  views: [],
});
