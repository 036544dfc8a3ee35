import { defaultConfig } from '../core/config';
import { specOf } from '../core/detectors/registry';
import { searchSpace, sampleSettings } from '../core/lab/settingsSearch';
import { createRandom } from '../core/random';
import { clearRun } from './currentRun';
import { prepareData } from './dataIntents';
import { initLab } from './labIntents';
import { splitKey } from './leaderboardIntents';
import { useLab } from './labStore';
import type { SearchSlice } from './searchSlice';
import { bestTrial } from './searchSlice';
import { updateConfig } from './trainingIntents';
import { api, messageOf } from './workerConnection';
import { say } from './say';
import { preparedInView } from './selectors';

/**
 * A settings search for the detector in view: random draws from its spec's search space, each
 * trained in the worker and judged there on held-out validation data (never the test split), one
 * after another within the trial budget. Pause waits between trials; stop ends the trial running.
 */
let control = { stop: false, paused: false, resume: () => {} };

function setSearch(patch: Partial<NonNullable<SearchSlice['search']>>): void {
  const search = useLab.getState().search;
  if (search) useLab.setState({ search: { ...search, ...patch } });
}

export async function startSearch(): Promise<void> {
  const state = useLab.getState();
  if (state.search?.status === 'running' || state.status === 'training') return;
  const config = state.config;
  const spec = specOf(config.model);
  const random = createRandom(config.seed ^ 0x5ea7c4);
  control = { stop: false, paused: false, resume: () => {} };
  try {
    await initLab();
    if (!(await prepareData())) {
      useLab.setState({ errorMessage: say('err.dropCsvTrain') });
      return;
    }
    // Without labelled anomalies the trials are judged by validation loss (searchTrial.ts).
    const labelFree = !preparedInView(useLab.getState())?.prepared.counts.labelledAnomalies;
    const space = searchSpace(spec, defaultConfig(config.model) as unknown as Record<string, unknown>, labelFree);
    // The trials replace the worker's detector: what was on screen no longer has one behind it. The
    // worker is busy with them, so the page is too (Train waits; the search has its own stop).
    clearRun({ status: 'training', errorMessage: null, epochs: 0 });
    useLab.setState({
      search: {
        status: 'running',
        model: config.model,
        split: splitKey(config),
        budget: config.searchbudget,
        trials: [],
      },
    });
    for (let n = 0; n < config.searchbudget && !control.stop; n += 1) {
      if (control.paused) {
        setSearch({ status: 'paused' });
        await new Promise<void>((resolve) => (control.resume = resolve));
        if (control.stop) break;
        setSearch({ status: 'running' });
      }
      const settings = sampleSettings(space, random);
      const started = performance.now();
      const result = await api().searchTrial({ ...config, ...settings });
      const trial = {
        settings,
        criterion: result.criterion,
        value: result.value,
        seconds: (performance.now() - started) / 1000,
      };
      // A stop (here or the Train panel's) ends the search; a trial that diverged is listed without a value.
      if (result.status === 'stopped') {
        control.stop = true;
        break;
      }
      const trials = [...(useLab.getState().search?.trials ?? []), trial];
      setSearch({ trials });
    }
    setSearch({ status: control.stop ? 'stopped' : 'done' });
    useLab.setState({ status: 'idle' });
  } catch (error) {
    setSearch({ status: 'stopped' });
    useLab.setState({ status: 'idle', errorMessage: say('err.search', { reason: messageOf(error) }) });
  }
}

export function pauseSearch(): void {
  control.paused = true;
}

export function resumeSearch(): void {
  control.paused = false;
  control.resume();
}

export function stopSearch(): void {
  control.stop = true;
  control.resume();
  void api().stop();
}

/** The best trial's settings become the configuration (and so the link). */
export function applySearchBest(): void {
  const search = useLab.getState().search;
  const best = search && bestTrial(search.trials);
  if (best) updateConfig(best.settings);
}
