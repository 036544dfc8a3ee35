import { clearRun } from './currentRun';
import { useLab } from './labStore';
import { pageSplitKey } from './splitSelectors';
import { api } from './workerConnection';

/**
 * The 2-D playground's one data step: the worker generates the points the configuration names (toy,
 * outliers, seed, hand-placed points) once per split; a new split clears the last run's results.
 */
export async function preparePoints(): Promise<void> {
  const state = useLab.getState();
  if (!state.dataReady) return;
  const key = pageSplitKey(state, state.config);
  if (state.prepared?.kind === 'points' && state.preparedKey === key) return;
  const outcome = await api().prepare({ kind: 'points', config: state.config });
  if (!outcome.ok) return;
  // The playground's fields belong to the points they were fitted on: new points, none yet.
  useLab.setState({ prepared: outcome, preparedKey: key, playground: null });
  clearRun();
}
