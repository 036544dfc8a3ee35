import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/** Tukey's fences per feature (the box plot's whiskers): how far a row's farthest feature lies past them. */
export const iqrDetector = defineDetector({
  id: 'iqr',
  label: 'IQR fences (Tukey)',
  scoreName: 'distance past the Tukey fences (IQR units)',
  zh: { label: 'IQR 围栏（Tukey）', scoreName: '超出 Tukey 围栏的距离（以 IQR 为单位）' },
  ...classicalSpecBase,
  fields: ['iqrk'],
  params: [
    {
      name: 'iqrk',
      label: 'fence k (× IQR)',
      zh: '围栏系数 k（× IQR）',
      kind: 'number',
      min: 0,
      max: 20,
      default: 1.5,
    },
  ],
  views: [],
});
