import { ganRunReset } from './ganSlice';
import { useLab } from './labStore';
import type { LabState } from './labState';
import { newFileSlice } from './newFileSlice';
import { runReset } from './runSlice';

/*
 * Which run is current, and the one reset path that supersedes it. Store state only (it sends the
 * worker nothing), so it sits below every intent module and any of them can reset without a cycle.
 */

// Bumped by every start and reset, so a superseded run's ending does not overwrite newer state.
let currentRun = 0;

/** A token for the run starting now; `isCurrentRun(token)` turns false once it is superseded. */
export const runToken = (): number => currentRun;
export const isCurrentRun = (token: number): boolean => token === currentRun;

/**
 * Everything a run leaves on screen (progress, curves, scores, GAN history), empty: each slice's
 * own reset, composed. The one reset path (clearRun below) applies it whenever the data, the
 * split or the model changes, so no view can show a result that no longer belongs to what is loaded.
 */
export function emptyRunState() {
  return {
    ...runReset(),
    results: null,
    shownRecord: null,
    attributions: new Map<number, Float32Array>(),
    rowDetail: null,
    sequenceDetail: null,
    whatIf: null,
    sequenceDrawing: null,
    openedProject: null,
    modelOnly: null,
    ...newFileSlice(),
    // Marks stay (they name items of the split, which a new run keeps); what was derived from scores goes.
    oddTraining: null,
    // A class picked in the per-class view belongs to the scores it was picked on.
    galleryClass: null,
    feedbackComparison: null,
    ...ganRunReset(),
    // The monitor replays a trained run: a new run or a reset ends it.
    monitor: null,
  };
}

/**
 * The one reset path. New data, a new split, a new run or Reset: everything the last run put on
 * screen goes, a superseded run can no longer write, and the status says what is true now.
 */
export function clearRun(extra: Partial<LabState> = {}): void {
  currentRun += 1;
  const { dataReady, status, probe } = useLab.getState();
  const settled = status === 'loading' || (status === 'error' && !dataReady) ? status : 'idle';
  // The probe's drawing is the user's and stays; what the last detector made of it goes.
  const probeKept = probe && { ...probe, result: null, stale: true };
  useLab.setState({ ...emptyRunState(), status: settled, probe: probeKept, ...extra });
}
