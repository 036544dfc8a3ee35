import { activationField, autoencoderTrainingFields, layersField } from '../networkFields';
import { mirroredDenseMemory } from '../memoryShapes';
import { defineDetector } from '../spec';

/** Mirrored dense autoencoder, scored by per-sample mean squared reconstruction error. */
export const denseAutoencoder = defineDetector({
  id: 'dense-ae',
  label: 'dense autoencoder',
  scoreName: 'reconstruction error',
  zh: { label: '全连接自编码器', scoreName: '重构误差' },
  family: 'autoencoder',
  // Chosen by `npm run bench:tune` on the tuning halves of MNIST and Fashion-MNIST (10, 25, 50 and
  // 100 tried; 100 best there), never on the data a reported figure scores (bench/README.md).
  defaults: { epochs: 100 },
  memory: mirroredDenseMemory,
  fields: ['activation', 'layers', 'latent', 'lr', 'batch', 'epochs', 'noise'],
  params: [activationField, layersField, ...autoencoderTrainingFields],
  accepts: ['image', 'row', 'window', 'sequence'],
  unsupportedBackends: {},
  progress: 'epoch',
  series: ['train', 'validation'],
  views: ['loss-chart', 'reconstructions', 'latent-scatter'],
});
