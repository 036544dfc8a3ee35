import type { Field } from './fields';

/**
 * Configuration of sequence data and of scores over time (their own module: config.ts lists them
 * with the rest). `rowseq` overrides the automatic "rows as sequences" suggestion; `smooth` is the
 * span of the smoothing applied to scores in time order (0 = off), `smoothkind` its kind;
 * `rowscore` how a row's score comes from the windows that cover it; `view=monitor` opens the
 * live monitor once a run on a series or table is done.
 */
export type SequenceConfig = {
  rowseq: '' | '1' | '0';
  smooth: number;
  smoothkind: 'ewma' | 'mean';
  rowscore: 'max' | 'mean';
  view: '' | 'monitor';
};

export const sequenceFields: readonly Field[] = [
  {
    name: 'rowseq',
    label: 'Rows as sequences (1 = on, 0 = off, empty = when suggested)',
    zh: '按行读取序列（1 = 开，0 = 关，空 = 自动建议）',
    kind: 'enum',
    values: ['', '1', '0'],
    default: '',
  },
  {
    name: 'smooth',
    label: 'Score smoothing span (0 = off)',
    zh: '分数平滑跨度（0 = 关）',
    kind: 'int',
    min: 0,
    max: 1000,
    default: 0,
  },
  {
    name: 'smoothkind',
    label: 'Smoothing',
    zh: '平滑方式',
    kind: 'enum',
    values: ['ewma', 'mean'],
    default: 'ewma',
  },
  {
    name: 'rowscore',
    label: 'Row score from its windows',
    zh: '行分数（由覆盖它的窗口）',
    kind: 'enum',
    values: ['max', 'mean'],
    // The mean peaks at the anomalous row itself, where the highest also lifts its normal
    // neighbours: bench:series measured +3 to +4.5 AUROC points for every sequence model.
    default: 'mean',
  },
  { name: 'view', label: 'View', zh: '视图', kind: 'enum', values: ['', 'monitor'], default: '' },
];
