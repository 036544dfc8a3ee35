import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/** One-Class SVM with an RBF kernel (Schölkopf et al.): the smallest region holding all but a share nu of rows. */
export const ocsvmDetector = defineDetector({
  id: 'ocsvm',
  label: 'One-Class SVM (RBF)',
  scoreName: 'distance outside the One-Class SVM boundary',
  ...classicalSpecBase,
  fields: ['nu'],
  params: [{ name: 'nu', label: 'nu (outlier share bound)', kind: 'number', min: 0.001, max: 1, default: 0.5 }],
  views: [],
});
