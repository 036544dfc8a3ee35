import { neighborsField } from '../classical-shared/fields';
import { classicalSpecBase } from '../classical-shared/specBase';
import { defineDetector } from '../spec';

/**
 * Distance to the k-th nearest training row (PyOD's KNN, method "largest"); on images, cosine
 * distance between slightly blurred pictures by default (knn/rowView.ts says why).
 */
export const knnDetector = defineDetector({
  id: 'knn',
  label: 'k-nearest neighbours',
  scoreName: 'distance to the k-th nearest neighbour',
  zh: { label: 'k 近邻', scoreName: '到第 k 个最近邻的距离' },
  ...classicalSpecBase,
  fields: ['neighbors', 'metric', 'blur'],
  params: [
    neighborsField,
    {
      name: 'metric',
      label: 'Distance (auto: cosine on images, Euclidean on rows)',
      zh: '距离（auto：图像用余弦，表格行用欧氏）',
      kind: 'enum',
      values: ['auto', 'euclidean', 'cosine'],
      default: 'auto',
    },
    {
      name: 'blur',
      label: 'Image blur σ (pixels; images only, 0 = off)',
      zh: '图像模糊 σ（像素；仅图像，0 = 关闭）',
      kind: 'number',
      min: 0,
      max: 4,
      default: 1,
    },
  ],
  views: [],
});
