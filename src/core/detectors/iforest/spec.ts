import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/** Isolation Forest: anomalies are isolated by fewer random splits (Liu, Ting and Zhou 2008). */
export const iforestDetector = defineDetector({
  id: 'iforest',
  label: 'Isolation Forest',
  scoreName: 'isolation score',
  zh: { label: '孤立森林', scoreName: '孤立分数' },
  ...classicalSpecBase,
  fields: ['trees', 'subsample'],
  params: [
    { name: 'trees', label: 'trees', zh: '树的数量', kind: 'int', min: 1, max: 1000, default: 100 },
    { name: 'subsample', label: 'rows per tree', zh: '每棵树的行数', kind: 'int', min: 2, max: 4096, default: 256 },
  ],
  views: [],
});
