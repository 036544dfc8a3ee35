import { defaultConfig, type LabConfig } from '../src/core/config';
import { trainingFeedback, markKey, type Mark } from '../src/core/detect/feedback';
import { auroc, buildScoreIndex } from '../src/core/detect/metrics';
import { meanPlusKStdThreshold } from '../src/core/detect/thresholds';
import { queueItems, randomLabels, type QueryStrategy } from '../src/core/detect/labelQueue';
import type { TrainingFeedback } from '../src/core/detect/feedback';
import type { PreparedSplit, ScoreResult } from '../src/core/lab/session';
import { createRandom, shuffleInPlace } from '../src/core/random';

export interface ActiveOptions {
  digit: number;
  seed: number;
  model: string;
  /** Labels added per round, and rounds. */
  perRound: number;
  rounds: number;
  strategy: QueryStrategy;
}

type Train = (
  config: LabConfig,
  feedback?: TrainingFeedback,
) => Promise<{ prepared: PreparedSplit; scores: ScoreResult | null }>;

/**
 * The label queue as a person would use it, with the true labels as the person: every round asks
 * for `perRound` more test items (by the strategy, from the current run's scores; or at random, the
 * baseline) and retrains on the split plus every mark so far. The test items are halved once,
 * seeded: labels are asked only of the pool half, and AUROC is measured on the other half, never
 * labelled, so both curves are judged on the same items at every round (taking the easiest anomalies
 * out of the measured set would flatter neither strategy nor blame one).
 */
export async function activeCurve(train: Train, reset: () => Promise<void>, options: ActiveOptions) {
  const config = { ...defaultConfig(options.model as LabConfig['model']), normal: [options.digit], seed: options.seed };
  const first = await train(config);
  await reset();
  const truth = first.prepared.testIsAnomaly;
  const shuffled = shuffleInPlace(Array.from(truth.keys()), createRandom(options.seed ^ 0xe7a1));
  const heldOut = shuffled.slice(0, Math.floor(shuffled.length / 2));
  const pool = shuffled.slice(heldOut.length);
  const curves: Record<'active' | 'random', { labels: number; auroc: number }[]> = { active: [], random: [] };
  const measure = (scores: Float32Array) => auroc(buildScoreIndex(scores, truth, heldOut));
  for (const kind of ['active', 'random'] as const) {
    const marks = new Map<string, Mark>();
    // The held-out half is never offered: the queue sees it as already decided.
    const excluded = new Set<number>(heldOut);
    let scores = first.scores!.testScores;
    // Where the lab's default method puts the threshold (mean + k sd of the training scores): what
    // `uncertain` asks about the neighbourhood of.
    let threshold = meanPlusKStdThreshold(first.scores!.trainScores, config.thresholdk);
    curves[kind].push({ labels: 0, auroc: measure(scores) });
    for (let round = 1; round <= options.rounds; round += 1) {
      const open = pool.filter((p) => !excluded.has(p));
      const picks =
        kind === 'active'
          ? queueItems(options.strategy, { testScores: scores, threshold, excluded, points: null }, options.perRound)
          : randomLabels(open, truth, options.perRound, options.seed + round).map((l) => l.position);
      for (const p of picks) {
        excluded.add(p);
        marks.set(markKey('test', p), truth[p] ? 'anomaly' : 'normal');
      }
      const run = await train(config, trainingFeedback(marks));
      await reset();
      scores = run.scores!.testScores;
      threshold = meanPlusKStdThreshold(run.scores!.trainScores, config.thresholdk);
      curves[kind].push({ labels: marks.size, auroc: measure(scores) });
    }
  }
  return { trainCount: first.prepared.counts.train, curves };
}
