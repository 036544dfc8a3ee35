import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/** HBOS: how thin the histogram bins are that a row's values fall in, column by column (Goldstein and Dengel 2012). */
export const hbosDetector = defineDetector({
  id: 'hbos',
  label: 'HBOS (histograms)',
  scoreName: 'sum of log2(1 / bin height)',
  zh: { label: 'HBOS（直方图）', scoreName: '各列 log2(1 / 直方柱高度) 之和' },
  ...classicalSpecBase,
  fields: ['bins'],
  params: [{ name: 'bins', label: 'bins per column', zh: '每列的分箱数', kind: 'int', min: 2, max: 500, default: 10 }],
  views: [],
});
