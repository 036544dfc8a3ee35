import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/** Isolation Forest: anomalies are isolated by fewer random splits (Liu, Ting and Zhou 2008). */
export const iforestDetector = defineDetector({
  id: 'iforest',
  label: 'Isolation Forest',
  scoreName: 'isolation score',
  ...classicalSpecBase,
  fields: ['trees', 'subsample'],
  params: [
    { name: 'trees', label: 'trees', kind: 'int', min: 1, max: 1000, default: 100 },
    { name: 'subsample', label: 'rows per tree', kind: 'int', min: 2, max: 4096, default: 256 },
  ],
  views: [],
});
