import type { LabConfig } from '../../config';
import { fitEach, type SplitTensors } from '../../lab/classicalRun';
import type { RunControl } from '../../lab/runControl';
import type { SessionEvents } from '../../lab/sessionTypes';
import type { ClassicalModel } from '../classical';
import { detectorsOf } from '../registry';
import { rankEnsemble } from './combine';
import { EnsembleModel } from './model';

/** The classical detectors an ensemble combines: every one in the registry. */
export const ensembleMemberIds = () => detectorsOf('classical').map((d) => d.id);

/**
 * The ensemble: every classical detector in the registry fitted and scored (each reported as its
 * own result, for the leaderboard), then their rank-normalised scores averaged as this run's
 * scores. Resolves with the fitted ensemble (null when stopped), which scores any later rows.
 */
export async function fitEnsemble(
  config: LabConfig,
  data: SplitTensors,
  control: RunControl,
  events: SessionEvents,
): Promise<EnsembleModel | null> {
  const members = ensembleMemberIds();
  const models = new Map<string, ClassicalModel>();
  let done = 0;
  const results = await fitEach(
    members,
    config,
    data,
    control,
    {
      onProgress: (_id, percent) => events.onProgress?.(Math.floor((100 * done + percent) / members.length), 100),
      onResult: async (result) => {
        done += 1;
        await events.onClassicalResult?.(result);
      },
    },
    (id, model) => models.set(id, model),
  ).catch((error) => {
    for (const model of models.values()) model.dispose();
    throw error;
  });
  if (!results) {
    for (const model of models.values()) model.dispose();
    return null;
  }
  const fitMs = results.reduce((sum, r) => sum + r.fitMs, 0);
  const scoreMs = results.reduce((sum, r) => sum + r.scoreMs, 0);
  const combined = rankEnsemble(results);
  const ensemble = EnsembleModel.fromSplit(
    results.map((r) => ({ id: r.id, model: models.get(r.id)!, scores: r })),
    combined.trainScores,
  );
  await events.onScores({ ...combined, timing: { fitMs, scoreMs } });
  return ensemble;
}
