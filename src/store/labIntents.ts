import * as Comlink from 'comlink';
import { withModel, type LabConfig } from '../core/config';
import { configToQuery } from '../core/configQuery';
import { sourceOf } from '../core/sources/registry';
import { clearRun } from './currentRun';
import { loadImageSet, prepareSplit } from './imageSetIntents';
import { useLab } from './labStore';
import { preparePoints } from './pointsIntents';
import { api, messageOf } from './workerConnection';
import { pageLanguage, say } from './say';
import { messageText } from '../i18n/translate';
import type { Message } from '../core/messages';
import type { RateProbe } from '../core/engine/trainingRate';
import { rememberChoice, rememberedChoices } from './backendMemory';

/**
 * The lab's lifecycle on the page: starting the worker, owning the run, the URL and Reset (the
 * image set's steps are in imageSetIntents.ts, the run token and reset path in currentRun.ts).
 * Below every other intent module (tables, training, thresholds), so none of them import each
 * other in a circle.
 */
let readyPromise: Promise<void> | null = null;
let onDeviceLost: ((message: Message) => void) | null = null;

/** Who hears that the worker's GPU device was lost (the recovery). */
export function watchDeviceLoss(handler: (message: Message) => void): void {
  onDeviceLost = handler;
}

/**
 * What `auto` measures the backends with: the detector the lab opens with, at its configured size,
 * on items the size of the selected source's (an image set's pixels; a typical table's 32 columns).
 */
function backendProbe(): RateProbe {
  const { config } = useLab.getState();
  const source = sourceOf(config.dataset);
  return source.kind === 'image-set'
    ? { config, shape: { inputSize: source.side * source.side, outputActivation: 'sigmoid' } }
    : // 32 values read as 16 steps of 2 channels, should the opening detector be a sequence model.
      { config, shape: { inputSize: 32, outputActivation: 'linear', sequence: { steps: 16, channels: 2 } } };
}

/**
 * The run being started or trained, whoever asked for it (a Train press, a link's autostart, a
 * retrain): the one owner of the run state, so two asks never start two runs.
 */
let runInFlight: Promise<void> | null = null;

/**
 * Starts a run unless one is already starting or going: a plain ask (`join`) then waits on that
 * run and shares its outcome instead of racing it to the worker, which holds one run at a time.
 */
export function ownRun(start: () => Promise<void>, join: boolean): Promise<void> {
  if (join && runInFlight) return runInFlight;
  const run = start();
  runInFlight = run;
  const settle = () => {
    if (runInFlight === run) runInFlight = null;
  };
  run.then(settle, settle);
  return run;
}

/** Forgets the started worker (a fault ended it): the next initLab starts from the beginning. */
export function forgetStart(): void {
  readyPromise = null;
  // The run it held can no longer end: a new ask must not wait on it; a new worker holds no split.
  runInFlight = null;
  useLab.setState({ dataReady: false, preparedKey: null });
}

/** Picks the backend and loads MNIST once; later calls wait on the same promise. */
export function initLab(): Promise<void> {
  readyPromise ??= (async () => {
    const set = useLab.setState;
    set({ status: 'loading' });
    try {
      const onFatal = Comlink.proxy((message: Message) => {
        // A lost GPU device is recovered from (recovery.ts); anything else fatal is said as it is.
        if (message.key === 'err.deviceLost') onDeviceLost?.(message);
        else set({ errorMessage: messageText(pageLanguage(), message), status: 'error' });
      });
      const { config } = useLab.getState();
      const backend = await api().init(config.backend, onFatal, backendProbe(), rememberedChoices(config.model));
      rememberChoice(config.model, backend);
      const { fallback } = backend;
      const notice = fallback && say('notice.backendFallback', { ...fallback, active: backend.active });
      set((s) => ({ backend, notices: notice ? [...s.notices, notice] : s.notices }));
      await loadImageSet();
      set({ dataReady: true, loadProgress: 1, status: 'idle' });
      // The GAN studio's digit classifier; the autoencoder works without it.
      await api()
        .loadClassifier(new URL(`${import.meta.env.BASE_URL}classifier/model.json`, document.baseURI).href)
        .catch((error) =>
          set((s) => ({
            notices: [...s.notices, say('err.classifier', { reason: messageOf(error) })],
          })),
        );
      await prepareSplit();
      // The playground's points are generated, not loaded: its first split is drawn now.
      if (sourceOf(useLab.getState().config.dataset).kind === 'points') await preparePoints();
    } catch (error) {
      readyPromise = null;
      set({ status: 'error', errorMessage: say('err.start', { reason: messageOf(error) }) });
      throw error;
    }
  })();
  return readyPromise;
}

/** Mirrors the configuration into the address bar, so the URL always reproduces what is shown. */
export function writeUrl(): void {
  const state = useLab.getState();
  const query = new URLSearchParams(configToQuery(state.config));
  // A shipped start on screen: the link must say so, or its settings alone would open an empty run.
  if (state.openedProject?.start) query.set('pretrained', '1');
  const text = query.toString();
  history.replaceState(null, '', `${location.pathname}${text ? `?${text}` : ''}${location.hash}`);
}

/**
 * The first step of updateConfig alone (trainingIntents.ts): sets configuration fields and mirrors
 * them into the URL, with no other effect, for intents that prepare and clear themselves.
 */
export function applyConfig(patch: Partial<LabConfig>): void {
  const { config, setConfig } = useLab.getState();
  // Another detector brings its own defaults for the fields the user left alone.
  setConfig(patch.model && patch.model !== config.model ? { ...withModel(config, patch.model), ...patch } : patch);
  writeUrl();
}

export async function resetLab(): Promise<void> {
  clearRun({ errorMessage: null });
  await api().reset();
}
