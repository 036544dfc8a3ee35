import { activationField, autoencoderTrainingFields, layersField } from '../networkFields';
import { mirroredDenseMemory } from '../memoryShapes';
import { defineDetector } from '../spec';
import { vaeParams, vaeSeries, vaeViews } from './params';

/** Dense variational autoencoder: a Gaussian code per item, reconstruction + beta x KL. */
export const vae = defineDetector({
  id: 'vae',
  label: 'variational autoencoder',
  scoreName: 'reconstruction error (or negative ELBO)',
  zh: { label: '变分自编码器', scoreName: '重构误差（或负 ELBO）' },
  family: 'autoencoder',
  memory: mirroredDenseMemory,
  fields: ['activation', 'layers', 'latent', 'beta', 'vaescore', 'lr', 'batch', 'epochs', 'noise'],
  params: [activationField, layersField, ...autoencoderTrainingFields, ...vaeParams],
  // A 2-D code draws the manifold grid and places items without a projection; 8 detects better.
  defaults: { latent: 8, layers: [256] },
  accepts: ['image', 'row', 'window', 'sequence'],
  unsupportedBackends: {},
  progress: 'epoch',
  series: vaeSeries,
  views: vaeViews,
});
