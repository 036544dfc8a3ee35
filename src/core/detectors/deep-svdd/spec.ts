import { batchField, epochsField, latentField, layersField, learningRateField } from '../networkFields';
import { defineDetector } from '../spec';

/**
 * Deep SVDD (Ruff et al. 2018): a bias-free network learns a space where the training rows gather
 * round a fixed centre; the score is the squared distance to it. One-class: it never reads labels.
 */
export const deepSvdd = defineDetector({
  id: 'deep-svdd',
  label: 'Deep SVDD',
  scoreName: 'squared distance to the centre',
  zh: { label: '深度 SVDD', scoreName: '到中心的平方距离' },
  family: 'autoencoder',
  fields: ['layers', 'latent', 'lr', 'batch', 'epochs'],
  params: [layersField, latentField, learningRateField, batchField, epochsField],
  defaults: { latent: 32, layers: [128], epochs: 30 },
  accepts: ['image', 'row', 'window', 'sequence'],
  labels: 'ignores',
  unsupportedBackends: {},
  progress: 'epoch',
  search: {
    latent: { values: [8, 16, 32, 64], scalesObjective: true },
    layers: { values: [[64], [128], [256], [128, 64]] },
    lr: { min: 1e-4, max: 1e-2, log: true },
    epochs: { min: 10, max: 30, int: true },
  },
  series: ['train', 'validation'],
  views: ['loss-chart', 'latent-scatter'],
});
