import { ganEventTransfers, type GanEvents } from '../detectors/gan-shared/events';
import type { EpochReport } from '../train/loop';
import type { ClassicalScores } from './classicalRun';
import type { DecodedGrids } from './decodedGrids';
import type { LatentView } from './latent';
import type { RunCheckpoint, ScoreResult } from './sessionTypes';

/*
 * A run's events, from the session in the worker to the page, each declared once here: its payload
 * (SessionEvents) and the buffers moved with it (eventTransfers).
 */

export interface SessionEvents extends Partial<GanEvents> {
  onStepLosses(losses: Float32Array, firstStep: number): void;
  onEpoch(report: EpochReport & { epochs: number }): void;
  /** An ensemble run: each member's own scores and times, as it finishes (the leaderboard's rows). */
  onClassicalResult?(result: ClassicalScores): void | Promise<void>;
  /** One-pass detectors: how much of the fit is done (the progress bar's `done` of `total`). */
  onProgress?(done: number, total: number): void;
  /**
   * Reconstructions of the sample rows, one row of side*side floats per digit; for a denoising run
   * also the noisy inputs they were reconstructed from.
   */
  onSamples(reconstructions: Float32Array, noisyInputs?: Float32Array): void;
  /**
   * The 2-D playground: the detector's scores of the field grid (row by row from the top), with every
   * sample refresh: each epoch of a network, once for a one-pass detector.
   */
  onField?(scores: Float32Array): void;
  /** Autoencoders: test items placed by their latent codes, sent with the final scores. */
  onLatent?(view: LatentView): void;
  /** Generative autoencoders (VAEs): images decoded from the prior and the latent plane, each epoch. */
  onDecoded?(grids: DecodedGrids): void;
  /** May return a promise (a call to the page); the session waits for it, so scores land before the run's end. */
  onScores(result: ScoreResult): void | Promise<void>;
  /**
   * Autoencoders: the weights at each epoch's end, so the page can resume the run from there in a
   * fresh worker after a fault (a lost GPU device, a failed worker).
   */
  onCheckpoint?(checkpoint: RunCheckpoint): void;
}

type EventName = keyof SessionEvents;
type EventArgs<K extends EventName> = Parameters<NonNullable<SessionEvents[K]>>;

/** The distinct buffers of some typed arrays (one array's buffer may back another: list each once). */
const buffersOf = (...arrays: (ArrayBufferView | null | undefined)[]): ArrayBuffer[] => [
  ...new Set(arrays.filter((a): a is ArrayBufferView => !!a).map((a) => a.buffer as ArrayBuffer)),
];

/**
 * Each run event's buffers, moved to the page instead of copied: one entry per event of
 * SessionEvents, beside its payload above (a GAN's come from its folder). The worker forwards every
 * event through this table, so a new event needs no worker code; the mapped type makes a missing
 * entry a compile error, as the page's store does for the patch it applies (store/trainingIntents.ts
 * runEvents).
 */
export const eventTransfers: { [K in EventName]-?: (...args: EventArgs<K>) => ArrayBuffer[] } = {
  onStepLosses: (losses) => buffersOf(losses),
  onEpoch: () => [],
  // Copied, not moved: an ensemble still needs its members' scores after it reports them.
  onClassicalResult: () => [],
  onProgress: () => [],
  onSamples: (reconstructions, noisyInputs) => buffersOf(reconstructions, noisyInputs),
  onField: (scores) => buffersOf(scores),
  onLatent: (view) => buffersOf(view.points, view.rows),
  onDecoded: (grids) => buffersOf(grids.prior, grids.manifold),
  onScores: (result) =>
    buffersOf(
      result.testScores,
      result.trainScores,
      ...Object.values(result.byScorer ?? {}).flatMap((r) => [r.testScores, r.trainScores]),
      result.contributions?.columns,
      result.contributions?.shares,
    ),
  // The checkpoint's weights are kept by the worker's run too: copied.
  onCheckpoint: () => [],
  ...ganEventTransfers,
};

export const eventNames = Object.keys(eventTransfers) as EventName[];
