import { autoencoderTrainingFields } from '../networkFields';
import { defineDetector } from '../spec';

/** A small transformer autoencoder over sequences: self-attention blocks around a dense code. */
export const attentionAutoencoder = defineDetector({
  id: 'attention-ae',
  label: 'self-attention autoencoder',
  scoreName: 'reconstruction error',
  zh: { label: '自注意力自编码器', scoreName: '重构误差' },
  family: 'autoencoder',
  fields: ['dmodel', 'heads', 'blocks', 'latent', 'lr', 'batch', 'epochs', 'noise'],
  params: [
    { name: 'dmodel', label: 'Model width', zh: '模型宽度', kind: 'int', min: 4, max: 256, default: 32 },
    { name: 'heads', label: 'Attention heads', zh: '注意力头数', kind: 'int', min: 1, max: 16, default: 2 },
    { name: 'blocks', label: 'Transformer blocks', zh: 'Transformer 块数', kind: 'int', min: 1, max: 6, default: 1 },
    ...autoencoderTrainingFields,
  ],
  defaults: { latent: 16, epochs: 20, lr: 0.002 },
  accepts: ['window', 'sequence'],
  // The table sizing is a dense model's rule (a hidden width of twice the inputs, ~3,000 steps):
  // a recurrent or attention step costs a pass per time step, so these defaults stand.
  tableSized: false,
  unsupportedBackends: {},
  progress: 'epoch',
  series: ['train', 'validation'],
  views: ['loss-chart', 'reconstructions', 'latent-scatter'],
});
