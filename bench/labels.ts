import { defaultConfig, type LabConfig } from '../src/core/config';
import { oneClassSplit } from '../src/core/data/split';
import { aurocOnClasses, knownClassSplit } from '../src/core/detect/knownClasses';
import type { MnistDataset } from '../src/core/data/mnist';
import type { PreparedSplit, ScoreResult } from '../src/core/lab/session';

/** One detector at one label budget on one split: AUROC on every, the known and the unknown anomalies. */
export interface LabelRow {
  model: string;
  /** Labelled anomalies as a percent of the training items (0: none), and the classes they came from. */
  percent: number;
  known: 'all' | 'one';
  knownClasses: number[];
  labelled: number;
  auroc: number;
  aurocKnown: number;
  aurocUnknown: number;
  seconds: number;
  /** Unsupervised detectors are trained once per split; their rows at a budget are that run on its test items. */
  trainedAtBudget: boolean;
}

export interface LabelRunOptions {
  digit: number;
  seed: number;
  /** Which of the three seeds this is (picks the one known class: normal + 1 + index, mod 10). */
  seedIndex: number;
  unsupervised: string[];
  aware: string[];
  percents: number[];
}

type Train = (
  config: LabConfig,
) => Promise<{ prepared: PreparedSplit; scores: ScoreResult | null; outcome: { status: string } }>;

/**
 * The Deep SAD paper's protocol on one normal class: the unsupervised detectors trained once (labels
 * change none of their training items: split.ts draws labelled anomalies from items never trained
 * on), and measured on each budget's test items; every label-aware detector trained per budget, with
 * labelled anomalies from all anomalous classes and from one known class.
 */
export async function labelRuns(
  train: Train,
  reset: () => Promise<void>,
  pool: MnistDataset,
  options: LabelRunOptions,
) {
  const { digit, seed } = options;
  const rows: LabelRow[] = [];
  const classes = 10;
  const base = oneClassSplit({ labels: pool.labels, normalClasses: [digit], seed });
  const unsupervised = [];
  for (const model of options.unsupervised) {
    const t0 = performance.now();
    const run = await train({ ...defaultConfig(model as LabConfig['model']), normal: [digit], seed });
    await reset();
    unsupervised.push({ model, scores: run.scores!.testScores, seconds: (performance.now() - t0) / 1000 });
  }
  const budgets: { percent: number; known: 'all' | 'one' }[] = [
    { percent: 0, known: 'all' },
    ...options.percents.flatMap((percent) => [
      { percent, known: 'all' as const },
      { percent, known: 'one' as const },
    ]),
  ];
  for (const { percent, known } of budgets) {
    const labelled = percent ? Math.max(1, Math.round((percent / 100) * base.counts.train)) : 0;
    const knownClasses = known === 'one' ? [(digit + 1 + options.seedIndex) % classes] : [];
    const split = oneClassSplit({
      labels: pool.labels,
      normalClasses: [digit],
      seed,
      labelled,
      knownClasses,
    });
    const classesOf = knownClassSplit(classes, [digit], knownClasses);
    const testLabels = Uint8Array.from(split.testIndices, (i) => pool.labels[i]);
    const measure = (scores: ArrayLike<number>) => ({
      auroc: aurocOnClasses(scores, split.testIsAnomaly, testLabels, () => true),
      aurocKnown: aurocOnClasses(scores, split.testIsAnomaly, testLabels, (c) => classesOf.known.includes(c)),
      aurocUnknown: aurocOnClasses(scores, split.testIsAnomaly, testLabels, (c) => classesOf.unknown.includes(c)),
    });
    // The budgeted test set is the base one without the labelled items, in the same order.
    const basePosition = new Map(Array.from(base.testIndices, (item, p) => [item, p]));
    const positions = Array.from(split.testIndices, (item) => basePosition.get(item)!);
    for (const u of unsupervised) {
      const scores = Float32Array.from(positions, (p) => u.scores[p]);
      rows.push({
        model: u.model,
        percent,
        known,
        knownClasses,
        labelled,
        ...measure(scores),
        seconds: u.seconds,
        trainedAtBudget: false,
      });
    }
    if (!labelled) continue;
    for (const model of options.aware) {
      const t0 = performance.now();
      const config = {
        ...defaultConfig(model as LabConfig['model']),
        normal: [digit],
        seed,
        labelled,
        known: knownClasses,
      };
      const run = await train(config);
      await reset();
      if (run.prepared.testLabels.length !== testLabels.length) throw new Error('the worker drew another split');
      const seconds = (performance.now() - t0) / 1000;
      rows.push({
        model,
        percent,
        known,
        knownClasses,
        labelled,
        ...measure(run.scores!.testScores),
        seconds,
        trainedAtBudget: true,
      });
    }
  }
  return rows;
}
