import { activationField, autoencoderTrainingFields } from '../networkFields';
import { defineDetector } from '../spec';
import { vaeParams, vaeSeries, vaeViews } from '../vae/params';

/** Convolutional VAE for square images: stride-2 convolutions to a Gaussian code, transposed ones back. */
export const convVae = defineDetector({
  id: 'conv-vae',
  label: 'convolutional VAE',
  scoreName: 'reconstruction error (or negative ELBO)',
  zh: { label: '卷积变分自编码器', scoreName: '重构误差（或负 ELBO）' },
  family: 'autoencoder',
  fields: ['activation', 'latent', 'beta', 'vaescore', 'lr', 'batch', 'epochs', 'noise'],
  params: [activationField, ...autoencoderTrainingFields, ...vaeParams],
  // Convolutions cost more per item than dense layers: fewer epochs keep a default run in minutes.
  defaults: { epochs: 15, latent: 8 },
  accepts: ['image'],
  unsupportedBackends: {},
  progress: 'epoch',
  series: vaeSeries,
  views: vaeViews,
});
