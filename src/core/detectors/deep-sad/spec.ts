import { batchField, epochsField, latentField, layersField, learningRateField } from '../networkFields';
import { defineDetector } from '../spec';

/** How much a labelled row weighs against an unlabelled one (Ruff et al. 2020 use 1). */
export const etaField = {
  name: 'eta',
  label: 'Label weight (eta)',
  zh: '标签权重（eta）',
  kind: 'number',
  min: 0,
  max: 100,
  default: 1,
} as const;

/**
 * Deep SAD (Ruff et al. 2020): Deep SVDD's objective, plus labelled normal rows pulled in and labelled
 * anomalies pushed out (their inverse distance), each weighted by eta. Without labels it is Deep SVDD.
 */
export const deepSad = defineDetector({
  id: 'deep-sad',
  label: 'Deep SAD',
  scoreName: 'squared distance to the centre',
  zh: { label: '深度 SAD', scoreName: '到中心的平方距离' },
  family: 'autoencoder',
  fields: ['layers', 'latent', 'eta', 'lr', 'batch', 'epochs'],
  params: [layersField, latentField, etaField, learningRateField, batchField, epochsField],
  defaults: { latent: 32, layers: [128], epochs: 30 },
  accepts: ['image', 'row', 'window', 'sequence'],
  labels: 'uses',
  unsupportedBackends: {},
  progress: 'epoch',
  search: {
    latent: { values: [8, 16, 32, 64], scalesObjective: true },
    layers: { values: [[64], [128], [256], [128, 64]] },
    eta: { values: [0.5, 1, 2, 5] },
    lr: { min: 1e-4, max: 1e-2, log: true },
    epochs: { min: 10, max: 30, int: true },
  },
  series: ['train', 'validation'],
  views: ['loss-chart', 'latent-scatter'],
});
