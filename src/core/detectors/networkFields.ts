import { denseAutoencoderDefaults as aeDefaults } from './dense-ae/defaults';

/**
 * Fields that every network trained by gradient steps reads in the same sense (its width, code,
 * optimiser and schedule), declared once: a spec lists in its `params` the ones it reads, and its
 * `defaults` say where its own values differ (a convolutional model wants fewer epochs).
 */
export const activationField = {
  name: 'activation',
  label: 'Activation',
  zh: '激活函数',
  kind: 'enum',
  values: ['relu', 'elu', 'selu', 'tanh', 'sigmoid'],
  default: aeDefaults.activation,
} as const;

export const layersField = {
  name: 'layers',
  label: 'Hidden layers',
  zh: '隐藏层',
  kind: 'intList',
  min: 1,
  max: 2048,
  minLength: 0,
  maxLength: 6,
  default: aeDefaults.layers,
} as const;

export const latentField = {
  name: 'latent',
  label: 'Latent size',
  zh: '潜在维度',
  kind: 'int',
  min: 1,
  max: 512,
  default: aeDefaults.latent,
} as const;

export const learningRateField = {
  name: 'lr',
  label: 'Learning rate',
  zh: '学习率',
  kind: 'number',
  min: 1e-6,
  max: 10,
  default: aeDefaults.learningRate,
} as const;

export const batchField = {
  name: 'batch',
  label: 'Batch size',
  zh: '批大小',
  kind: 'int',
  min: 1,
  max: 4096,
  default: 64,
} as const;

export const epochsField = {
  name: 'epochs',
  label: 'Epochs',
  zh: '训练轮数',
  kind: 'int',
  min: 1,
  max: 1000,
  default: 50,
} as const;

/** Denoising autoencoders: std of the Gaussian noise added to training inputs (0 = off). */
export const noiseField = {
  name: 'noise',
  label: 'Denoising noise (std)',
  zh: '去噪噪声（标准差）',
  kind: 'number',
  min: 0,
  max: 1,
  default: 0,
} as const;

/** What a reconstruction autoencoder's optimiser and schedule read (every autoencoder lists these). */
export const autoencoderTrainingFields = [latentField, learningRateField, batchField, epochsField, noiseField] as const;
