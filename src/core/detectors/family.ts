import type * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../config';
import { message, MessageError } from '../messages';
import type { SplitData } from '../lab/sessionData';
import type { RunControl } from '../lab/runControl';
import type { RunCheckpoint, RunOutcome, SessionEvents } from '../lab/sessionTypes';
import type { SavedDetector } from '../project/format';
import type { DataShape } from './dataShape';
import type { FittedDetector } from './fitted';
import type { DetectorSpec } from './spec';

/**
 * What a run hands its family's trainer: the configuration, the split's rows and their shape, the
 * run's controls and events, and the session's side (holding the detector, sending its views).
 */
export interface FamilyRun {
  config: LabConfig;
  /** The rows it trains on: the split's, or after a retrain with feedback, its training rows adjusted. */
  tensors: SplitData;
  /** The split as it is: scores are reported on its training and test positions whatever was trained on. */
  split: SplitData;
  shape: DataShape;
  control: RunControl;
  events: SessionEvents;
  /** A checkpoint to continue from after a fault (its family decides whether it applies). */
  resume?: RunCheckpoint;
  /** The digit classifier, where the data are digits it reads (a GAN's likeness read-out). */
  classifier: tf.LayersModel | null;
  /** Every item of the data, test items included, as a tensor the caller frees (a GAN on all digits). */
  everyItem(): tf.Tensor2D;
  /** Makes the detector the session's current one as soon as it exists (pause, step and saving reach it). */
  hold(detector: FittedDetector): void;
  /** Sends the sample grid's reconstructions (of inputs with this much noise, for a denoising run). */
  sendSamples(noise: number): Promise<void>;
  /** Sends the split's scores; `fitMs`: a finished run's training time. */
  sendScores(fitMs?: number): Promise<void>;
  /** Sends the latent scatter, for a detector that encodes. */
  sendLatent(): Promise<void>;
}

/** What reopening a saved detector sends, as a finished run would have. */
export type FamilyReopen = Pick<
  FamilyRun,
  'config' | 'tensors' | 'split' | 'classifier' | 'events' | 'sendSamples' | 'sendScores' | 'sendLatent'
>;

/** One training step of a detector on a fixed synthetic batch (the backend probe), returning what to read and free. */
export interface ProbeStep {
  step(): tf.Tensor[];
  dispose(): void;
}

/**
 * How the detectors of one family train, come back from a project file and are probed: each family's
 * shared folder implements it once (families.ts lists them), so the session, the saved-project code
 * and the rate probe never ask which family a detector is.
 */
export interface DetectorFamily<S extends DetectorSpec = DetectorSpec> {
  /** Trains a fresh detector on the run's rows, holding it as soon as it exists; resolves when done or stopped. */
  train(spec: S, run: FamilyRun): Promise<RunOutcome>;
  /** Builds the detector a saved one names, for this configuration and data shape, and loads what it learned. */
  restore(spec: S, saved: SavedDetector, config: LabConfig, shape: DataShape): Promise<FittedDetector>;
  /** Sends what a finished run sends; without it: samples, scores and the latent view. */
  reopen?(detector: FittedDetector, view: FamilyReopen): Promise<void>;
  /** Its training step for the rate probe; without one, the default detector's stands in for it. */
  probeStep?(spec: S, config: LabConfig, shape: DataShape, batch: tf.Tensor2D): Promise<ProbeStep>;
}

/** Refuses, in words, a saved detector of another id or saved by another family than this spec's. */
export function refuseOtherSaved(spec: DetectorSpec, saved: SavedDetector, family: SavedDetector['family']): void {
  if (saved.id !== spec.id)
    throw new MessageError(message('err.core.cannotRestore', { id: saved.id, detector: spec.id }));
  if (saved.family !== family) {
    throw new MessageError(
      message('err.core.cannotRestore', { id: `${saved.id}, ${saved.family}`, detector: spec.id }),
    );
  }
}
