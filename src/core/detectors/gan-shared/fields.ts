import { batchField, latentField } from '../networkFields';
import { ganDefaults } from './defaults';

/** The settings every GAN reads, in the order the model panel shows them. */
export const ganFields = [
  'gandata',
  'steps',
  'snapshot',
  'latent',
  'batch',
  'glr',
  'dlr',
  'beta1',
  'smoothing',
  'dsteps',
  'encsteps',
] as const;

/** Per step: discriminator and generator loss, mean D(x) on real and D(G(z)) on generated digits. */
export const ganSeries = ['dLoss', 'gLoss', 'dReal', 'dFake'] as const;

/** What the GAN studio shows and lets the user do, for every GAN. */
export const ganViews = [
  'adversarial-charts',
  'generated-grid',
  'reconstructions',
  'interpolation',
  'single-step',
  'scorer-choice',
] as const;

/** Every field a GAN reads, declared once for both GANs (the scorer is chosen in the scores view, not the panel). */
export const ganParams = [
  {
    name: 'gandata',
    label: 'GAN trains on',
    zh: 'GAN 训练数据',
    kind: 'enum',
    values: ['normal', 'all'],
    default: 'normal',
  },
  {
    name: 'steps',
    label: 'GAN steps',
    zh: 'GAN 训练步数',
    kind: 'int',
    min: 1,
    max: 200_000,
    default: ganDefaults.steps,
  },
  {
    name: 'snapshot',
    label: 'Grid refresh (steps)',
    zh: '网格刷新间隔（步）',
    kind: 'int',
    min: 1,
    max: 10_000,
    default: ganDefaults.snapshotEvery,
  },
  latentField,
  batchField,
  {
    name: 'glr',
    label: 'G learning rate',
    zh: 'G 学习率',
    kind: 'number',
    min: 1e-6,
    max: 1,
    default: ganDefaults.learningRate,
  },
  {
    name: 'dlr',
    label: 'D learning rate',
    zh: 'D 学习率',
    kind: 'number',
    min: 1e-6,
    max: 1,
    default: ganDefaults.learningRate,
  },
  {
    name: 'beta1',
    label: 'Adam beta1',
    zh: 'Adam beta1',
    kind: 'number',
    min: 0,
    max: 0.999,
    default: ganDefaults.beta1,
  },
  {
    name: 'smoothing',
    label: 'Label smoothing',
    zh: '标签平滑',
    kind: 'number',
    min: 0,
    max: 0.5,
    default: ganDefaults.labelSmoothing,
  },
  {
    name: 'dsteps',
    label: 'D steps per G step',
    zh: '每步 G 对应的 D 步数',
    kind: 'int',
    min: 1,
    max: 10,
    default: ganDefaults.discriminatorSteps,
  },
  {
    name: 'encsteps',
    label: 'Encoder steps',
    zh: '编码器步数',
    kind: 'int',
    min: 0,
    max: 100_000,
    default: ganDefaults.encoderSteps,
  },
  {
    name: 'scorer',
    label: 'GAN scorer',
    zh: 'GAN 打分方式',
    kind: 'enum',
    values: ['disc', 'encoder'],
    default: 'encoder',
  },
] as const;

/** A GAN learns from the split's normal items, or from every item when `gandata=all`. */
export const ganTrainsOn = (config: Readonly<Record<string, unknown>>): 'normal' | 'all' =>
  config.gandata === 'all' ? 'all' : 'normal';
