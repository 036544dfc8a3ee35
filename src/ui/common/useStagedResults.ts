import { useEffect, useState } from 'react';
import { useLab } from '../../store/labStore';
import type { Results } from '../../store/labState';

/**
 * The run's results for a heavy view, `stage` animation frames after they first appear. When a run
 * ends, the histogram, ROC, galleries and tables used to mount in one long task (80 ms here); given
 * stages, each mounts in a frame of its own and the page keeps painting. Only the first appearance
 * waits: later results (smoothing, another scorer) pass straight through, and a cleared run clears
 * at once, so no view ever shows results that are gone.
 */
export function useStagedResults(stage: number): Results | null {
  const results = useLab((s) => s.results);
  const present = results !== null;
  // A view mounted while results are on screen (a fold opened later) shows them at once.
  const [ready, setReady] = useState(present);
  useEffect(() => {
    if (!present) {
      setReady(false);
      return;
    }
    if (ready) return;
    let frames = stage;
    let handle = requestAnimationFrame(function next() {
      frames -= 1;
      if (frames <= 0) setReady(true);
      else handle = requestAnimationFrame(next);
    });
    return () => cancelAnimationFrame(handle);
  }, [present, ready, stage]);
  return ready ? results : null;
}

/** The frame each heavy result view mounts in after a run's scores arrive (0: with the metrics). */
export const resultStages = { histogram: 1, roc: 2, series: 2, gallery: 3, table: 3 } as const;
