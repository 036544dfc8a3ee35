import { defaultModelId, detectors, modelIds, specOf, type ModelId } from './detectors/registry';
import type { DetectorSpec } from './detectors/spec';
import { toyNames, type ToyName } from './toy/toySources';
import { datasetIds, type DatasetId } from './sources/registry';
import type { Field, ValuesOf } from './fields';
import { thresholdMethods, type ThresholdMethod } from './detect/thresholds';
import { queryStrategies, type QueryStrategy } from './detect/labelQueue';
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
  'probe',
  'lesson',
  'debug',
  'view',
] as const;

/** Fields that decide the split: changing one draws a new one (and makes a run differ from a shipped start). */
export const splitFieldNames = [
  'normal',
  'seed',
  'contamination',
  'limit',
  'testlimit',
  'labelled',
  'known',
  'labelnormal',
  'toy',
  'outliers',
  'points',
] as const;

/**
 * The lab's whole configuration as one declarative list of fields (name = URL query key),
 * each with its type, default and range. The UI reads its controls from here and the URL is
 * parsed from and written to it, so a shared link reproduces a run.
 */
export type BackendChoice = 'auto' | 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/**
 * The fields of the page, the data and its split, and the threshold; a detector's fields (its network,
 * a VAE's `beta`, a GAN's optimisers) come from its spec's `params`.
 */
export type CoreConfig = SequenceConfig & {
  dataset: DatasetId;
  normal: number[];
  model: ModelId;
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
  /** The probe (draw an item, see its score) open beside the detection view. */
  probe: boolean;
  /** The open lesson ('' = none). */
  lesson: LessonId | '';
  /** A fault to inject into the first run, for tests of recovery ('' = none). */
  debug: '' | 'lose-device' | 'crash-worker';
  limit: number;
  /** Cap on test items of an image set (0 = all): a stratified sample, for slow devices. */
  testlimit: number;
  /** The 2-D playground: its point set, the share of uniform outliers, and points placed by hand. */
  toy: ToyName;
  outliers: number;
  /** x, y (thousandths of the plane's unit) and 1 for an anomaly or 0, per hand-placed point. */
  points: number[];
  /** The label budget: anomalies revealed to training with their label (never tested). */
  labelled: number;
  /** Classes those anomalies come from (empty = every anomalous class). */
  known: number[];
  /** Normal training items whose label is revealed too. */
  labelnormal: number;
  /** How the label queue picks the next items to ask about (active learning). */
  querystrategy: QueryStrategy;
  /** Trials a settings search runs. */
  searchbudget: number;
  /** The operating point: how it is chosen, the manual value, and each method's parameter. */
  thresholdmethod: ThresholdMethod;
  threshold: number;
  thresholdk: number;
  thresholdp: number;
  thresholdc: number;
};

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
    unique: true,
    default: [1],
  },
  {
    name: 'model',
    label: 'Model',
    zh: '模型',
    kind: 'enum',
    values: modelIds,
    labels: Object.fromEntries(detectors.map((d) => [d.id, d.label])),
    default: defaultModelId,
  },
  { name: 'seed', label: 'Seed', zh: '随机种子', kind: 'int', min: 0, max: 2 ** 31 - 1, default: 42 },
  {
    name: 'toy',
    label: 'Point set',
    zh: '点集',
    kind: 'enum',
    values: toyNames,
    labels: { 'two-scales': 'two scales', 'uniform-noise': 'uniform noise' },
    zhLabels: {
      blobs: '两团',
      moons: '双月',
      ring: '圆环',
      'two-scales': '疏密两簇',
      line: '直线',
      'uniform-noise': '均匀噪声',
    },
    default: 'moons',
  },
  { name: 'outliers', label: 'Outliers %', zh: '离群点 %', kind: 'number', min: 0, max: 50, default: 5 },
  {
    name: 'points',
    label: 'Points placed by hand',
    zh: '手动放置的点',
    kind: 'intList',
    min: -1000,
    max: 1000,
    minLength: 0,
    maxLength: 300,
    groupSize: 3,
    default: [],
  },
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
  { name: 'probe', label: 'Draw and score', zh: '手绘并打分', kind: 'bool', default: false },
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
    name: 'labelled',
    label: 'Labelled anomalies',
    zh: '带标签的异常',
    kind: 'int',
    min: 0,
    max: 100_000,
    default: 0,
  },
  {
    name: 'known',
    label: 'Known anomaly classes (empty = all)',
    zh: '已知的异常类别（空 = 全部）',
    kind: 'intList',
    min: 0,
    max: 9,
    minLength: 0,
    maxLength: 9,
    unique: true,
    default: [],
  },
  {
    name: 'labelnormal',
    label: 'Labelled normal items',
    zh: '带标签的正常样本',
    kind: 'int',
    min: 0,
    max: 1_000_000,
    default: 0,
  },
  {
    name: 'querystrategy',
    label: 'What to label next',
    zh: '下一步标注哪些',
    kind: 'enum',
    values: queryStrategies,
    labels: { top: 'most anomalous', uncertain: 'nearest the threshold', diverse: 'spread out' },
    zhLabels: { top: '最异常的', uncertain: '最接近阈值的', diverse: '分散的' },
    default: 'top',
  },
  { name: 'searchbudget', label: 'Search trials', zh: '搜索次数', kind: 'int', min: 1, max: 200, default: 10 },
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

/** Detectors' fields after the lab's; a field several detectors read (`latent`, two VAEs' `beta`) is listed once. */
const paramFields: Field[] = detectors
  .flatMap((d: DetectorSpec) => d.params ?? [])
  .filter((field, i, all) => all.findIndex((f) => f.name === field.name) === i);

export const configFields: readonly Field[] = [...coreFields, ...sequenceFields, ...paramFields];

/** The defaults of a run with this detector: shared defaults, overlaid by the detector's own. */
export function defaultConfig(model: ModelId = defaultModelId): LabConfig {
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
