import type * as tf from '@tensorflow/tfjs';
import type { SavedDetector } from '../project/format';

/**
 * A trained detector of any family, as the lab uses it once training is over (PyOD's
 * `decision_function` and friends): scores, the optional views it supports, its saved state and
 * its networks. The family that trained it (family.ts) made it; nothing outside the detectors'
 * folders needs to know which family that was.
 */
export interface FittedDetector {
  /** The spec id of the detector. */
  readonly id: string;
  /** Scores of any rows, higher = more anomalous; networks run in batches of `batch` rows. */
  score(x: tf.Tensor2D, batch: number): Promise<Float32Array>;
  /**
   * Scores of the rows it was fitted on, each without itself (k-NN, LOF, ECOD), where scoring a
   * training row like a new one would flatter it.
   */
  trainingScores?(): Promise<Float32Array>;
  /** Its reconstruction of rows (autoencoders, PCA): the sample grid and per-column error shares. Pure. */
  reconstruct?(x: tf.Tensor2D): tf.Tensor2D;
  /** The latent code of each row, for the latent scatter. Pure. */
  encode?(x: tf.Tensor2D): tf.Tensor2D;
  /** Its learned state as the project file's `detector` (the data's shape is added by the session). */
  save(): Promise<SavedDetector>;
  /** Its networks as TensorFlow.js layers models, by name, for the export (none for one-pass detectors). */
  networks?(): Record<string, tf.LayersModel>;
  /** Takes one more training round while paused (GANs: one D + G round). */
  readonly stepsWhilePaused?: boolean;
  /** Frames between two of its generated samples (GANs). */
  interpolate?(from: number, to: number, frames: number): Promise<Float32Array>;
  /** Which of its scorers scores rows from now on (a GAN's discriminator or encoder). */
  chooseScorer?(scorer: string): void;
  /** Every scorer's scores of rows, by scorer name, where it has several (a GAN's discriminator and encoder). */
  scoreEach?(x: tf.Tensor2D, batch: number): Promise<Record<string, Float32Array>>;
  dispose(): void;
}
