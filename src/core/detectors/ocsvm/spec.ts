import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

export const nuField = {
  name: 'nu',
  label: 'nu (outlier share bound)',
  zh: 'nu（离群比例上界）',
  kind: 'number',
  min: 0.001,
  max: 1,
  default: 0.5,
} as const;

/** One-Class SVM with an RBF kernel (Schölkopf et al.): the smallest region holding all but a share nu of rows. */
export const ocsvmDetector = defineDetector({
  id: 'ocsvm',
  label: 'One-Class SVM (RBF)',
  scoreName: 'distance outside the One-Class SVM boundary',
  zh: { label: '单类 SVM（RBF）', scoreName: '超出单类 SVM 边界的距离' },
  ...classicalSpecBase,
  fields: ['nu'],
  params: [nuField],
  views: [],
});
