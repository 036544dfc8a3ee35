import type { DigitLikeness } from '../core/gan/classifierScore';
import type { GanStepStats } from '../core/gan/health';
import { StepSeries } from '../core/series/stepSeries';
import type { GanEvents, GanPhase, GanSnapshot } from '../core/detectors/gan-shared/events';
import type { GanScores } from '../core/detectors/gan-shared/run';

/** A generated grid kept for the history scrubber (pixels as bytes: 64 images cost 50 kB). */
export interface StoredSnapshot {
  step: number;
  images: Uint8Array;
  likeness: DigitLikeness | null;
  /** Updates each network has had by then (single D-only or G-only steps advance one). */
  updates?: { discriminator: number; generator: number };
}

export interface GanSlice {
  /** D and G loss, mean D(x) and D(G(z)) of every step (chunked: a 100,000-step run appends without copying). */
  ganStats: StepSeries<GanStepStats>;
  ganSnapshots: StoredSnapshot[];
  /** Position of the scrubber in ganSnapshots (null: follow the latest). */
  snapshotIndex: number | null;
  ganPhase: GanPhase | null;
  /** Every GAN scorer's scores from the last run, so switching scorer needs no retraining. */
  byScorer: Partial<Record<'disc' | 'encoder', GanScores>> | null;
  /** Grid samples picked for interpolation, and the frames between them. */
  interpolationPicks: number[];
  interpolation: { from: number; to: number; frames: Uint8Array } | null;
  /** Slow motion: the paused run takes one step at a time, a few a second (ganIntents.setSlowMotion). */
  ganSlowMotion: boolean;
  setSnapshotIndex(index: number | null): void;
}

/** An empty series of GAN step statistics (4 numbers a step). */
export const emptyGanStats = (): StepSeries<GanStepStats> =>
  StepSeries.empty(4, (step, value) => ({ step, dLoss: value(0), gLoss: value(1), dReal: value(2), dFake: value(3) }));

/** History beyond this many snapshots keeps every other one, so memory stays bounded. */
export const maxSnapshots = 240;

type GanRunFields =
  | 'ganStats'
  | 'ganSnapshots'
  | 'snapshotIndex'
  | 'ganPhase'
  | 'byScorer'
  | 'interpolationPicks'
  | 'interpolation'
  | 'ganSlowMotion';

/** What a GAN run leaves on screen, empty: this slice's part of the one reset. */
export function ganRunReset(): Pick<GanSlice, GanRunFields> {
  return {
    ganStats: emptyGanStats(),
    ganSnapshots: [],
    snapshotIndex: null,
    ganPhase: null,
    byScorer: null,
    interpolationPicks: [],
    interpolation: null,
    ganSlowMotion: false,
  };
}

/** The slice, given a setter for its own fields only (so it needs nothing of the whole store). */
export function ganSlice(set: (patch: Partial<GanSlice>) => void): GanSlice {
  return {
    ...ganRunReset(),
    setSnapshotIndex: (snapshotIndex) => set({ snapshotIndex }),
  };
}

/**
 * How a GAN run's events land in this slice. `write` applies a patch only while the run is
 * current (the caller's guard against superseded runs).
 */
export function ganEventHandlers(
  write: (patch: (s: GanSlice) => Partial<GanSlice> & { epoch?: number }) => void,
): GanEvents {
  return {
    onGanStats: (stats, firstStep) =>
      write((s) => {
        const ganStats = s.ganStats.append(stats, firstStep + 1);
        return { ganStats, epoch: firstStep + stats.length / 4 };
      }),
    onGanSnapshot: (snapshot: GanSnapshot) =>
      write((s) => ({
        ganSnapshots: appendSnapshot(s.ganSnapshots, {
          step: snapshot.step,
          images: toBytes(snapshot.images),
          likeness: snapshot.likeness,
          updates: snapshot.updates,
        }),
      })),
    onPhase: (ganPhase) => write(() => ({ ganPhase })),
  };
}

export function toBytes(images: Float32Array): Uint8Array {
  return Uint8Array.from(images, (v) => Math.round(Math.min(Math.max(v, 0), 1) * 255));
}

export function appendSnapshot(history: StoredSnapshot[], snapshot: StoredSnapshot): StoredSnapshot[] {
  const next = [...history, snapshot];
  if (next.length <= maxSnapshots) return next;
  // Thin the older half, keep the first and the recent ones.
  return next.filter((_, i) => i === 0 || i >= next.length - maxSnapshots / 2 || i % 2 === 0);
}
