import { activationField, batchField, epochsField, learningRateField } from '../networkFields';
import { defineDetector } from '../spec';

export const geomTransformsField = {
  name: 'transforms',
  label: 'Transformations',
  zh: '变换数',
  kind: 'enum',
  values: ['8', '24', '72'],
  labels: {
    '8': '8 (flip x 4 rotations)',
    '24': '24 (x 3 shifts)',
    '72': '72 (x 9 shifts, as the paper)',
  },
  zhLabels: { '8': '8（翻转 × 4 种旋转）', '24': '24（× 3 种平移）', '72': '72（× 9 种平移，与论文相同）' },
  default: '24',
} as const;

/**
 * GEOM (Golan & El-Yaniv 2018): self-supervised, no labels. A CNN learns which flip, rotation and
 * shift was applied to a normal image; an image whose transformations it cannot tell apart is odd.
 */
export const geomDetector = defineDetector({
  id: 'geom',
  label: 'GEOM (geometric transformations)',
  scoreName: 'mean -log p(right transformation)',
  zh: { label: 'GEOM（几何变换）', scoreName: '平均 -log p(正确的变换)' },
  family: 'autoencoder',
  fields: ['transforms', 'activation', 'lr', 'batch', 'epochs'],
  params: [geomTransformsField, activationField, learningRateField, batchField, epochsField],
  defaults: { epochs: 10 },
  accepts: ['image'],
  labels: 'ignores',
  // Measured on the software renderer: a 64-item epoch and 200 scored items took 4 s on WASM, 27 s on
  // WebGL, and did not finish in 150 s on WebGPU. Left off WebGPU until that is understood.
  unsupportedBackends: {
    webgpu: 'GEOM does not train on WebGPU yet (a tiny run did not finish in the lab’s tests); pick WASM or WebGL.',
  },
  progress: 'epoch',
  search: {
    transforms: { values: ['8', '24'], scalesObjective: true },
    lr: { min: 1e-4, max: 1e-2, log: true },
    epochs: { min: 3, max: 10, int: true },
  },
  series: ['train', 'validation'],
  views: ['loss-chart'],
});
