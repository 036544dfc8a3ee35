import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/** Tukey's fences per feature (the box plot's whiskers): how far a row's farthest feature lies past them. */
export const iqrDetector = defineDetector({
  id: 'iqr',
  label: 'IQR fences (Tukey)',
  scoreName: 'distance past the Tukey fences (IQR units)',
  ...classicalSpecBase,
  fields: ['iqrk'],
  params: [{ name: 'iqrk', label: 'fence k (× IQR)', kind: 'number', min: 0, max: 20, default: 1.5 }],
  views: [],
});
