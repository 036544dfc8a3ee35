import type { StateCreator } from 'zustand';
import type { DigitLikeness } from '../core/gan/classifierScore';
import type { GanStepStats } from '../core/gan/health';
import type { GanScores } from '../core/lab/ganRun';
import type { LabState } from './labStore';

/** A generated grid kept for the history scrubber (pixels as bytes: 64 images cost 50 kB). */
export interface StoredSnapshot {
  step: number;
  images: Uint8Array;
  likeness: DigitLikeness | null;
}

/** One trained detector, for the in-app comparison on the current split. */
export interface DetectorRecord {
  splitKey: string;
  detector: string;
  auroc: number;
  auprc: number;
  f1: number;
  threshold: number;
  /** Why the numbers are not shown: no labels, or metrics refused for this run. */
  unavailable: string | null;
}

export interface GanSlice {
  ganStats: GanStepStats[];
  ganSnapshots: StoredSnapshot[];
  /** Position of the scrubber in ganSnapshots (null: follow the latest). */
  snapshotIndex: number | null;
  ganPhase: string | null;
  /** Every GAN scorer's scores from the last run, so switching scorer needs no retraining. */
  byScorer: Partial<Record<'disc' | 'encoder', GanScores>> | null;
  /** Grid samples picked for interpolation, and the frames between them. */
  interpolationPicks: number[];
  interpolation: { from: number; to: number; frames: Uint8Array } | null;
  detectorRecords: DetectorRecord[];
  setSnapshotIndex(index: number | null): void;
}

/** History beyond this many snapshots keeps every other one, so memory stays bounded. */
export const maxSnapshots = 240;

export const ganSlice: StateCreator<LabState, [], [], GanSlice> = (set) => ({
  ganStats: [],
  ganSnapshots: [],
  snapshotIndex: null,
  ganPhase: null,
  byScorer: null,
  interpolationPicks: [],
  interpolation: null,
  detectorRecords: [],
  setSnapshotIndex: (snapshotIndex) => set({ snapshotIndex }),
});

export function toBytes(images: Float32Array): Uint8Array {
  return Uint8Array.from(images, (v) => Math.round(Math.min(Math.max(v, 0), 1) * 255));
}

export function appendSnapshot(history: StoredSnapshot[], snapshot: StoredSnapshot): StoredSnapshot[] {
  const next = [...history, snapshot];
  if (next.length <= maxSnapshots) return next;
  // Thin the older half, keep the first and the recent ones.
  return next.filter((_, i) => i === 0 || i >= next.length - maxSnapshots / 2 || i % 2 === 0);
}
