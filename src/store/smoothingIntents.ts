import type { LabConfig } from '../core/config';
import { applyConfig } from './labIntents';
import { useLab } from './labStore';

/**
 * Changes how scores are smoothed in time order and shows the result at once: the detector's own
 * scores are smoothed again (no retraining), and the threshold is placed on them as on fresh scores.
 */
export function setSmoothing(patch: Partial<Pick<LabConfig, 'smooth' | 'smoothkind' | 'rowscore'>>): void {
  applyConfig(patch);
  const { results, setScores } = useLab.getState();
  if (!results) return;
  setScores(
    results.rawScores ?? results.testScores,
    results.rawTrainScores ?? results.trainScores,
    results.contributions ?? undefined,
    results.provenance,
  );
}
