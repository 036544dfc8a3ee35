import { neighborsField } from '../classical-shared/fields';
import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/** Local Outlier Factor: how much sparser a row's neighbourhood is than its neighbours' own. */
export const lofDetector = defineDetector({
  id: 'lof',
  label: 'Local Outlier Factor',
  scoreName: 'local outlier factor',
  zh: { label: '局部离群因子', scoreName: '局部离群因子' },
  ...classicalSpecBase,
  fields: ['neighbors'],
  params: [neighborsField],
  // scikit-learn's default: density needs more neighbours than a plain distance does.
  defaults: { neighbors: 20 },
  views: [],
});
