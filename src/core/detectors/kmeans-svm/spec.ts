import { classicalSpecBase } from '../classical-shared/specBase';
import { clustersField } from '../kmeans/spec';
import { nuField } from '../ocsvm/spec';
import { defineDetector } from '../spec';

export const svmCostField = {
  name: 'svmc',
  label: 'C (two-class SVM)',
  zh: 'C（二分类 SVM）',
  kind: 'number',
  min: 0.001,
  max: 1000,
  default: 1,
} as const;

/**
 * The seeds' "clustering, then an SVM classifier": k-means over the unlabelled training rows, then in
 * each cluster an RBF one-class SVM, or, where labelled anomalies fall in it, a two-class SVM (class
 * weights balanced) telling them from the cluster's rows. A row is scored by its nearest cluster's
 * SVM, in units of that SVM's spread over the cluster's own training rows.
 */
export const kmeansSvmDetector = defineDetector({
  id: 'kmeans-svm',
  label: 'k-means + SVM',
  scoreName: "standardised SVM score in the row's cluster",
  zh: { label: 'k 均值 + SVM', scoreName: '所在簇 SVM 的标准化分数' },
  ...classicalSpecBase,
  fields: ['clusters', 'nu', 'svmc'],
  params: [clustersField, nuField, svmCostField],
  defaults: { clusters: 4 },
  labels: 'uses',
  search: {
    clusters: { values: [1, 2, 4, 8] },
    nu: { min: 0.05, max: 0.8, log: true },
    svmc: { min: 0.1, max: 10, log: true },
  },
  views: [],
});
