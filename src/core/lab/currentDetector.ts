import * as tf from '@tensorflow/tfjs';
import type { FittedDetector } from '../detectors/fitted';
import type { Reconstructor } from '../detectors/model';
import { topContributions } from '../detect/contributions';
import { addNoise } from '../train/loop';
import { scoreWith } from './classicalRun';
import type { ScoreResult, TrainingSet } from './sessionTypes';

/** The session's current detector and data, as the scoring and sample views read them. */
export interface CurrentDetector {
  detector: FittedDetector | null;
  tensors: { fit: tf.Tensor2D; validation: tf.Tensor2D | null; test: tf.Tensor2D; samples: tf.Tensor2D } | null;
  featureGroups: TrainingSet['featureGroups'];
  /**
   * After a retrain with feedback: each split training position's row among the rows fitted on
   * (-1: left out), so leave-one-out training scores still line up with the split.
   */
  fittedIndex?: Int32Array | null;
}

/** The current detector's score of any rows (fixed-size batches for networks), or null without one. */
export function scorerOf(
  { detector }: Pick<CurrentDetector, 'detector'>,
  batch: number,
): ((x: tf.Tensor2D) => Promise<Float32Array>) | null {
  return detector ? (x) => detector.score(x, batch) : null;
}

/** The current detector's reconstruction, where it has one (autoencoders, PCA). */
export function reconstructor({ detector }: CurrentDetector): Reconstructor | null {
  const reconstruct = detector?.reconstruct;
  return reconstruct ? { reconstruct: (x) => reconstruct.call(detector, x) } : null;
}

/**
 * What the detector makes of the sample-grid items; a denoising run shows the same noisy versions
 * of them every epoch, and what the model makes of those.
 */
export async function sampleReconstructions(
  current: CurrentDetector,
  noise: number,
): Promise<{ reconstructions: Float32Array; noisyInputs?: Float32Array } | null> {
  const { tensors } = current;
  const model = reconstructor(current);
  if (!model || !tensors || tensors.samples.shape[0] === 0) return null;
  const noisy = noise > 0 ? tf.tidy(() => addNoise(tensors.samples, noise, 7)) : null;
  const reconstruction = tf.tidy(() => model.reconstruct(noisy ?? tensors.samples));
  const reconstructions = (await reconstruction.data()) as Float32Array;
  reconstruction.dispose();
  const noisyInputs = noisy ? ((await noisy.data()) as Float32Array) : undefined;
  noisy?.dispose();
  return { reconstructions, noisyInputs };
}

/**
 * A one-pass detector's training scores without self-matches, per split training position: its own
 * leave-one-out scores, and after feedback plain scores for the rows it was not fitted on.
 */
function ownTrainingScores(detector: FittedDetector, current: CurrentDetector, batch: number) {
  const own = detector.trainingScores?.bind(detector);
  const { fittedIndex, tensors } = current;
  if (!own || !fittedIndex || !tensors) return own;
  return async () => {
    const fitted = await own();
    const left = Array.from(fittedIndex.keys()).filter((p) => fittedIndex[p] < 0);
    const rows = tf.tidy(() =>
      tf.gather(tf.concat([tensors.fit, ...(tensors.validation ? [tensors.validation] : [])]), left),
    );
    const leftScores = left.length ? await detector.score(rows as tf.Tensor2D, batch) : new Float32Array(0);
    rows.dispose();
    const out = new Float32Array(fittedIndex.length);
    let k = 0;
    fittedIndex.forEach((i, p) => (out[p] = i >= 0 ? fitted[i] : leftScores[k++]));
    return out;
  };
}

/**
 * The split's scores under the current detector, with per-column error shares where it
 * reconstructs table rows; `fitMs` (a finished run) adds how long fitting and scoring took.
 */
export async function scoreCurrent(
  current: CurrentDetector,
  batch: number,
  fitMs?: number,
): Promise<ScoreResult | null> {
  const { detector, tensors, featureGroups: groups } = current;
  if (!tensors) return null;
  const started = performance.now();
  const score = scorerOf(current, batch);
  const own = detector ? ownTrainingScores(detector, current, batch) : undefined;
  const scores = score && (await scoreWith(score, tensors, own));
  if (!scores) return null;
  const timing = fitMs === undefined ? {} : { timing: { fitMs, scoreMs: performance.now() - started } };
  const reconstructing = reconstructor(current);
  const contributions =
    groups && reconstructing
      ? await topContributions(reconstructing, tensors.test, groups.groups, groups.groupCount, batch)
      : undefined;
  return { ...scores, ...timing, ...(contributions ? { contributions } : {}) };
}
