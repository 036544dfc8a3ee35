import { activationField, batchField, epochsField, layersField, learningRateField } from '../networkFields';
import { defineDetector } from '../spec';

export const goadTransformsField = {
  name: 'goadtransforms',
  label: 'Random projections',
  zh: '随机投影数',
  kind: 'int',
  min: 2,
  max: 256,
  default: 32,
} as const;

export const goadDimsField = {
  name: 'goaddims',
  label: 'Projection width',
  zh: '投影维度',
  kind: 'int',
  min: 1,
  max: 512,
  default: 32,
} as const;

/**
 * GOAD (Bergman & Hoshen 2020), classification form: GEOM's idea for tables. Each row is seen
 * through a set of fixed random affine projections; an MLP learns which projection it sees. A row
 * whose projections it cannot tell apart is unlike the training rows. Self-supervised, no labels.
 */
export const goadDetector = defineDetector({
  id: 'goad',
  label: 'GOAD (random projections)',
  scoreName: 'mean -log p(right projection)',
  zh: { label: 'GOAD（随机投影）', scoreName: '平均 -log p(正确的投影)' },
  family: 'autoencoder',
  fields: ['goadtransforms', 'goaddims', 'activation', 'layers', 'lr', 'batch', 'epochs'],
  params: [
    goadTransformsField,
    goadDimsField,
    activationField,
    layersField,
    learningRateField,
    batchField,
    epochsField,
  ],
  defaults: { layers: [64], epochs: 25 },
  tableSized: false,
  accepts: ['row', 'window'],
  labels: 'ignores',
  unsupportedBackends: {},
  progress: 'epoch',
  search: {
    goadtransforms: { values: [8, 16, 32, 64], scalesObjective: true },
    goaddims: { values: [8, 16, 32, 64] },
    layers: { values: [[32], [64], [128], [64, 32]] },
    lr: { min: 1e-4, max: 1e-2, log: true },
    epochs: { min: 5, max: 25, int: true },
  },
  series: ['train', 'validation'],
  views: ['loss-chart'],
});
