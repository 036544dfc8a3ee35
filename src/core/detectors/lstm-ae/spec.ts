import { autoencoderTrainingFields, layersField } from '../networkFields';
import { mirroredDenseMemory } from '../memoryShapes';
import { defineDetector } from '../spec';

/** Recurrent autoencoder over sequences: LSTM (or GRU) encoder -> code -> repeated -> recurrent decoder. */
export const lstmAutoencoder = defineDetector({
  id: 'lstm-ae',
  label: 'LSTM autoencoder',
  scoreName: 'reconstruction error',
  zh: { label: 'LSTM 自编码器', scoreName: '重构误差' },
  family: 'autoencoder',
  memory: mirroredDenseMemory,
  fields: ['cell', 'layers', 'latent', 'lr', 'batch', 'epochs', 'noise'],
  params: [
    {
      name: 'cell',
      label: 'Recurrent cell',
      zh: '循环单元',
      kind: 'enum',
      values: ['lstm', 'gru'],
      default: 'lstm',
    },
    layersField,
    ...autoencoderTrainingFields,
  ],
  // `layers` are the recurrent units of the encoder (mirrored by the decoder). A recurrent step runs
  // once per time step, so a default run is kept in minutes; its epochs were chosen by
  // `npm run bench:tune` on series generated for tuning (15, 25, 40 and 60 tried; 60 best there).
  defaults: { layers: [32], latent: 16, epochs: 60, lr: 0.005 },
  accepts: ['window', 'sequence'],
  // The table sizing is a dense model's rule (a hidden width of twice the inputs, ~3,000 steps):
  // a recurrent or attention step costs a pass per time step, so these defaults stand.
  tableSized: false,
  unsupportedBackends: {},
  progress: 'epoch',
  series: ['train', 'validation'],
  views: ['loss-chart', 'reconstructions', 'latent-scatter'],
});
