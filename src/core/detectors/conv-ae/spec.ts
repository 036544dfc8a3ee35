import { activationField, autoencoderTrainingFields } from '../networkFields';
import { defineDetector } from '../spec';

/** Convolutional autoencoder for square images: stride-2 convolutions down, transposed ones up. */
export const convAutoencoder = defineDetector({
  id: 'conv-ae',
  label: 'convolutional autoencoder',
  scoreName: 'reconstruction error',
  zh: { label: '卷积自编码器', scoreName: '重构误差' },
  family: 'autoencoder',
  fields: ['activation', 'latent', 'lr', 'batch', 'epochs', 'noise'],
  params: [activationField, ...autoencoderTrainingFields],
  // A convolution costs far more per item than a dense layer: fewer epochs keep a default run in minutes.
  defaults: { epochs: 20, latent: 16 },
  accepts: ['image'],
  unsupportedBackends: {},
  progress: 'epoch',
  series: ['train', 'validation'],
  views: ['loss-chart', 'reconstructions', 'latent-scatter'],
});
