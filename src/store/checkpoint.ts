import type { RunCheckpoint } from '../core/lab/session';

/**
 * The current run's last checkpoint (an autoencoder's weights at an epoch's end), kept on the page
 * so a run can resume in a fresh worker after a fault. Not in the store: nothing renders it.
 */
let kept: { run: number; checkpoint: RunCheckpoint } | null = null;

export function keepCheckpoint(run: number, checkpoint: RunCheckpoint): void {
  kept = { run, checkpoint };
}

/** The checkpoint of run `run`, if it reported one. */
export function checkpointOf(run: number): RunCheckpoint | null {
  return kept?.run === run ? kept.checkpoint : null;
}
