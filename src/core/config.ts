import { detectors, modelIds, specOf, type ModelId } from './detectors/registry';
import type { DetectorSpec } from './detectors/spec';
import { datasetIds, type DatasetId } from './sources/registry';
import type { Field, ValuesOf } from './fields';
import type { Activation } from './detectors/model';
import { denseAutoencoderDefaults as aeDefaults } from './detectors/dense-ae/defaults';
import { ganDefaults } from './detectors/gan-shared/defaults';
import { thresholdMethods, type ThresholdMethod } from './detect/thresholds';
import { lessonIds, type LessonId } from './lessons/lessons';
import { sequenceFields, type SequenceConfig } from './sequenceFields';

/**
 * Fields about the page rather than the run (how it starts, its language and mode): opening a
 * saved project keeps the page's own, and they do not make a link "a run with settings".
 */
export const pageFieldNames = [
  'backend',
  'autostart',
  'pretrained',
  'lang',
  'present',
  'lesson',
  'debug',
  'view',
] as const;

/** Fields that decide the split: changing one draws a new one (and makes a run differ from a shipped start). */
export const splitFieldNames = ['normal', 'seed', 'contamination', 'limit', 'testlimit'] as const;

/**
 * The lab's whole configuration as one declarative list of fields (name = URL query key),
 * each with its type, default and range. The UI reads its controls from here and the URL is
 * parsed from and written to it, so a shared link reproduces a run.
 */
export type BackendChoice = 'auto' | 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/** The fields every run has; a detector's own fields (a VAE's `beta`) come from its spec. */
export interface CoreConfig extends SequenceConfig {
  dataset: DatasetId;
  normal: number[];
  model: ModelId;
  layers: number[];
  latent: number;
  activation: Activation;
  lr: number;
  batch: number;
  epochs: number;
  seed: number;
  contamination: number;
  backend: BackendChoice;
  autostart: boolean;
  /** Open a shipped pre-trained start (public/pretrained/) on a first visit instead of empty charts. */
  pretrained: boolean;
  /** The interface language ('auto' follows the browser). */
  lang: 'auto' | 'zh' | 'en';
  /** Presenter mode: large type, advanced panels folded, high contrast. */
  present: boolean;
  /** The open lesson ('' = none). */
  lesson: LessonId | '';
  /** A fault to inject into the first run, for tests of recovery ('' = none). */
  debug: '' | 'lose-device' | 'crash-worker';
  limit: number;
  /** Cap on test items of an image set (0 = all): a stratified sample, for slow devices. */
  testlimit: number;
  /** GAN fields: training steps, scorer, D steps per G step, label smoothing, optimisers, grid refresh. */
  steps: number;
  scorer: 'disc' | 'encoder';
  dsteps: number;
  smoothing: number;
  glr: number;
  dlr: number;
  beta1: number;
  snapshot: number;
  gandata: 'normal' | 'all';
  encsteps: number;
  /** Denoising autoencoders: std of the Gaussian noise added to training inputs (0 = off). */
  noise: number;
  /** The operating point: how it is chosen, the manual value, and each method's parameter. */
  thresholdmethod: ThresholdMethod;
  threshold: number;
  thresholdk: number;
  thresholdp: number;
  thresholdc: number;
}

type ParamsOf<S> = S extends { params: readonly (infer F)[] } ? F : never;
/** Fields declared by the detectors' specs, typed from the registry. */
export type DetectorParams = ValuesOf<ParamsOf<(typeof detectors)[number]>>;
export type LabConfig = CoreConfig & DetectorParams;

const coreFields: Field<keyof CoreConfig>[] = [
  { name: 'dataset', label: 'Dataset', zh: '数据集', kind: 'enum', values: datasetIds, default: 'mnist' },
  {
    name: 'normal',
    label: 'Normal classes',
    zh: '正常类别',
    kind: 'intList',
    min: 0,
    max: 9,
    minLength: 1,
    maxLength: 9,
    default: [1],
  },
  {
    name: 'model',
    label: 'Model',
    zh: '模型',
    kind: 'enum',
    values: modelIds,
    labels: Object.fromEntries(detectors.map((d) => [d.id, d.label])),
    default: 'dense-ae',
  },
  {
    name: 'layers',
    label: 'Hidden layers',
    zh: '隐藏层',
    kind: 'intList',
    min: 1,
    max: 2048,
    minLength: 0,
    maxLength: 6,
    default: aeDefaults.layers,
  },
  { name: 'latent', label: 'Latent size', zh: '潜在维度', kind: 'int', min: 1, max: 512, default: aeDefaults.latent },
  {
    name: 'activation',
    label: 'Activation',
    zh: '激活函数',
    kind: 'enum',
    values: ['relu', 'elu', 'selu', 'tanh', 'sigmoid'],
    default: aeDefaults.activation,
  },
  {
    name: 'lr',
    label: 'Learning rate',
    zh: '学习率',
    kind: 'number',
    min: 1e-6,
    max: 10,
    default: aeDefaults.learningRate,
  },
  { name: 'batch', label: 'Batch size', zh: '批大小', kind: 'int', min: 1, max: 4096, default: 64 },
  { name: 'epochs', label: 'Epochs', zh: '训练轮数', kind: 'int', min: 1, max: 1000, default: 50 },
  { name: 'seed', label: 'Seed', zh: '随机种子', kind: 'int', min: 0, max: 2 ** 31 - 1, default: 42 },
  { name: 'contamination', label: 'Contamination %', zh: '污染率 %', kind: 'number', min: 0, max: 50, default: 0 },
  {
    name: 'backend',
    label: 'Backend',
    zh: '计算后端',
    kind: 'enum',
    values: ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'],
    default: 'auto',
  },
  { name: 'autostart', label: 'Start on load', zh: '加载后自动开始', kind: 'bool', default: false },
  { name: 'pretrained', label: 'Pre-trained start', zh: '预训练的起点', kind: 'bool', default: true },
  { name: 'lang', label: 'Language', zh: '语言', kind: 'enum', values: ['auto', 'zh', 'en'], default: 'auto' },
  { name: 'present', label: 'Presenter mode', zh: '演示模式', kind: 'bool', default: false },
  { name: 'lesson', label: 'Lesson', zh: '课程', kind: 'enum', values: ['', ...lessonIds], default: '' },
  {
    name: 'debug',
    label: 'Inject a fault (tests)',
    zh: '注入故障（测试用）',
    kind: 'enum',
    values: ['', 'lose-device', 'crash-worker'],
    default: '',
  },
  {
    name: 'limit',
    label: 'Training cap (0 = all)',
    zh: '训练上限（0 = 全部）',
    kind: 'int',
    min: 0,
    max: 1_000_000,
    default: 0,
  },
  {
    name: 'testlimit',
    label: 'Test cap (0 = all)',
    zh: '测试上限（0 = 全部）',
    kind: 'int',
    min: 0,
    max: 1_000_000,
    default: 0,
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
    name: 'scorer',
    label: 'GAN scorer',
    zh: 'GAN 打分方式',
    kind: 'enum',
    values: ['disc', 'encoder'],
    default: 'encoder',
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
    name: 'smoothing',
    label: 'Label smoothing',
    zh: '标签平滑',
    kind: 'number',
    min: 0,
    max: 0.5,
    default: ganDefaults.labelSmoothing,
  },
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
    name: 'snapshot',
    label: 'Grid refresh (steps)',
    zh: '网格刷新间隔（步）',
    kind: 'int',
    min: 1,
    max: 10_000,
    default: ganDefaults.snapshotEvery,
  },
  {
    name: 'gandata',
    label: 'GAN trains on',
    zh: 'GAN 训练数据',
    kind: 'enum',
    values: ['normal', 'all'],
    default: 'normal',
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
    name: 'noise',
    label: 'Denoising noise (std)',
    zh: '去噪噪声（标准差）',
    kind: 'number',
    min: 0,
    max: 1,
    default: 0,
  },
  {
    name: 'thresholdmethod',
    label: 'Threshold method',
    zh: '阈值方法',
    kind: 'enum',
    values: thresholdMethods,
    default: 'meanstd',
  },
  { name: 'threshold', label: 'Threshold', zh: '阈值', kind: 'number', min: -1e12, max: 1e12, default: 0 },
  {
    name: 'thresholdk',
    label: 'k (mean + k·std)',
    zh: 'k（均值 + k·标准差）',
    kind: 'number',
    min: 0,
    max: 10,
    default: 2,
  },
  { name: 'thresholdp', label: 'Percentile', zh: '百分位数', kind: 'number', min: 0, max: 100, default: 95 },
  {
    name: 'thresholdc',
    label: 'Expected contamination %',
    zh: '预期污染率 %',
    kind: 'number',
    min: 0,
    max: 50,
    default: 5,
  },
];

/** Detectors' own fields after the shared ones; a family's shared field (two VAEs' `beta`) is listed once. */
const paramFields: Field[] = detectors
  .flatMap((d: DetectorSpec) => d.params ?? [])
  .filter((field, i, all) => all.findIndex((f) => f.name === field.name) === i);

export const configFields: readonly Field[] = [...coreFields, ...sequenceFields, ...paramFields];

/** The defaults of a run with this detector: shared defaults, overlaid by the detector's own. */
export function defaultConfig(model: ModelId = 'dense-ae'): LabConfig {
  const spec = specOf(model);
  const own: Readonly<Record<string, unknown>> = (spec as DetectorSpec).defaults ?? {};
  const base = Object.fromEntries(configFields.map((f) => [f.name, structuredClone(own[f.name] ?? f.default)]));
  return { ...base, model } as unknown as LabConfig;
}

/**
 * The configuration after picking another detector: fields still at the old detector's default
 * move to the new one's (a dense model's 50 epochs become a convolutional model's 15); fields the
 * user set stay as they are.
 */
export function withModel(config: LabConfig, model: ModelId): LabConfig {
  const before = defaultConfig(config.model);
  const after = defaultConfig(model);
  const next: Record<string, unknown> = { ...config, model };
  for (const field of configFields) {
    const name = field.name as keyof LabConfig;
    if (serialise(config[name]) === serialise(before[name])) next[name] = structuredClone(after[name]);
  }
  return next as unknown as LabConfig;
}

/** A field's value as the URL writes it (lists joined by commas, booleans as 1 and 0). */
export function serialise(value: unknown): string {
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

export function fieldByName(name: keyof LabConfig): Field {
  const field = configFields.find((f) => f.name === name);
  if (!field) throw new Error(`No configuration field "${String(name)}".`);
  return field;
}
