import { activationField, batchField, epochsField, layersField, learningRateField } from '../networkFields';
import { defineDetector } from '../spec';

/**
 * The supervised baseline of the seeds' article on CNNs: a classifier told which training rows are
 * labelled anomalies (every other training row counts as normal), trained on class-weighted binary
 * cross-entropy; the score is its probability that a row is an anomaly. A small CNN on images
 * (convolution, pooling, convolution, pooling, dense), an MLP on other rows. It needs labels.
 */
export const classifierDetector = defineDetector({
  id: 'classifier',
  label: 'supervised classifier',
  scoreName: 'P(anomaly)',
  zh: { label: '有监督分类器', scoreName: 'P(异常)' },
  family: 'autoencoder',
  fields: ['activation', 'layers', 'lr', 'batch', 'epochs'],
  params: [activationField, layersField, learningRateField, batchField, epochsField],
  defaults: { layers: [64], epochs: 10 },
  accepts: ['image', 'row', 'window', 'sequence'],
  labels: 'needs',
  unsupportedBackends: {},
  progress: 'epoch',
  search: {
    layers: { values: [[32], [64], [128], [64, 32]] },
    lr: { min: 1e-4, max: 1e-2, log: true },
    epochs: { min: 3, max: 10, int: true },
  },
  series: ['train', 'validation'],
  views: ['loss-chart'],
});
