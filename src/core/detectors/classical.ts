import type * as tf from '@tensorflow/tfjs';
import type { PlainData } from '../project/plainData';

/**
 * What a classical detector's build.ts returns: fitted in one pass (PyOD's `fit`), then scoring
 * any rows (`decision_function`: higher = more anomalous). Scores come back as plain arrays, since
 * some detectors (trees) compute them outside TensorFlow.js.
 */
export interface ClassicalModel {
  /**
   * `labels`, for a detector whose spec uses them: per row of `x`, +1 a labelled normal row, -1 a
   * labelled anomaly, 0 unlabelled (core/lab/labelledRows.ts).
   */
  fit(x: tf.Tensor2D, control: FitControl, labels?: Float32Array): Promise<void>;
  score(x: tf.Tensor2D): Promise<Float32Array>;
  /**
   * For a detector that reconstructs (PCA): its reconstruction of each row (pure: call inside
   * tf.tidy). Gives the reconstruction grid and, on tables, which columns drove a row's score.
   */
  reconstruct?(x: tf.Tensor2D): tf.Tensor2D;
  /**
   * Scores of the rows it was fitted on, each without itself (k-NN, LOF): where a row would find
   * itself as its own neighbour, scoring it like a new row would flatter it, and the thresholds
   * drawn from training scores would sit too low.
   */
  trainingScores?(): Promise<Float32Array>;
  /** Its fitted state as plain data (typed arrays allowed), for a project file; throws before a fit. */
  save(): Promise<PlainData>;
  /**
   * Takes a state `save` gave (on a build with the same options) in place of a fit: scores and
   * reconstructions then equal the saved model's.
   */
  load(state: PlainData): void;
  dispose(): void;
}

/**
 * How a fit reports and yields: `progress(fraction)` tells the page how far it is, waits while the
 * run is paused, and resolves false when the run was stopped (the fit then returns early).
 */
export interface FitControl {
  progress(fraction: number): Promise<boolean>;
}

export interface ClassicalBuildOptions {
  /** Features per row. */
  inputSize: number;
  seed: number;
  /** The detector's own config fields (its spec's `params`), by name. */
  params?: Readonly<Record<string, unknown>>;
  /** Side of the square images the rows are, when they are images (a detector may compare them as pictures). */
  imageSide?: number;
}

/** A FitControl that never stops or pauses (tests, the benchmark). */
export const fitFreely: FitControl = { progress: async () => true };
