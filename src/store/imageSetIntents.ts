import * as Comlink from 'comlink';
import { sourceOf, sources } from '../core/sources/registry';
import { clearRun } from './currentRun';
import { useLab } from './labStore';
import { pageSplitKey } from './splitSelectors';
import { api } from './workerConnection';

/*
 * An image set's two steps in the worker, loading and splitting. Beside dataIntents.ts (which runs
 * them for a switch to an image set) rather than in it: initLab runs them too, and labIntents
 * importing dataIntents would close a cycle through tableIntents.
 */

/**
 * Makes the selected source's image set the worker's data (fetched once, then kept there). A
 * table view keeps the first image set loaded, so the way back is instant.
 */
export async function loadImageSet(): Promise<void> {
  const selected = sourceOf(useLab.getState().config.dataset);
  const source = selected.kind === 'image-set' ? selected : sources.find((s) => s.kind === 'image-set')!;
  const url = new URL(`${import.meta.env.BASE_URL}${source.asset}`, document.baseURI).href;
  await api().loadSource(
    { kind: 'image-set', url, name: source.shortName },
    Comlink.proxy((fraction: number) => useLab.setState({ loadProgress: fraction })),
  );
}

/**
 * Splits the image set for the configuration, so the counts shown stay true: once per split (a Train
 * on the split in view sends nothing; the worker still holds it).
 */
export async function prepareSplit(): Promise<void> {
  const state = useLab.getState();
  if (!state.dataReady) return;
  const key = pageSplitKey(state, state.config);
  if (state.prepared?.kind !== 'image-set' || state.preparedKey !== key) {
    const outcome = await api().prepare({ kind: 'image-set', config: state.config });
    if (outcome.ok) useLab.setState({ prepared: outcome, preparedKey: key });
  }
  clearRun();
}
