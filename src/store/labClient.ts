import * as Comlink from 'comlink';
import { configToQuery, type LabConfig } from '../core/config';
import type { SessionEvents } from '../core/lab/session';
import type { LabApi } from '../worker/lab.worker';
import { tableRunConfig } from '../core/lab/tableSizing';
import { isGan, modelNames } from '../core/models/ids';
import type { GanSnapshot } from '../core/lab/ganRun';
import { metricsAt } from '../core/detect/metrics';
import { appendSnapshot, toBytes } from './ganSlice';
import {
  activeTestIsAnomaly,
  deriveResults,
  emptyRunState,
  hasLabels,
  isRunning,
  useLab,
  type LabState,
} from './labStore';
import { meanPlusKStdThreshold } from '../core/detect/thresholds';
import { prepareTableRun, rememberTablePlan } from './tableClient';

/**
 * The page's intents: each one updates the store and asks the worker to act. Components call
 * these and never see the worker or a tensor.
 */
let worker: Comlink.Remote<LabApi> | null = null;
let readyPromise: Promise<void> | null = null;
// Bumped by every start and reset, so a superseded run's ending does not overwrite newer state.
let currentRun = 0;

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function api(): Comlink.Remote<LabApi> {
  if (!worker) {
    worker = Comlink.wrap<LabApi>(new Worker(new URL('../worker/lab.worker.ts', import.meta.url), { type: 'module' }));
  }
  return worker;
}

/** Picks the backend and loads MNIST once; later calls wait on the same promise. */
export function initLab(): Promise<void> {
  readyPromise ??= (async () => {
    const set = useLab.setState;
    set({ status: 'loading' });
    try {
      const onFatal = Comlink.proxy((message: string) => set({ errorMessage: message, status: 'error' }));
      const backend = await api().init(useLab.getState().config.backend, onFatal);
      set((s) => ({ backend, notices: backend.notice ? [...s.notices, backend.notice] : s.notices }));
      const url = new URL(`${import.meta.env.BASE_URL}mnist.bin`, document.baseURI).href;
      await api().loadMnist(
        url,
        Comlink.proxy((loaded: number, total: number) => set({ loadProgress: total ? loaded / total : 0 })),
      );
      set({ dataReady: true, loadProgress: 1, status: 'idle' });
      // The GAN studio's digit classifier; the autoencoder works without it.
      await api()
        .loadClassifier(new URL(`${import.meta.env.BASE_URL}classifier/model.json`, document.baseURI).href)
        .catch((error) =>
          set((s) => ({
            notices: [
              ...s.notices,
              `The digit classifier could not be loaded (${messageOf(error)}); GAN samples get no digit-likeness read-out.`,
            ],
          })),
        );
      await prepareSplit();
    } catch (error) {
      readyPromise = null;
      set({ status: 'error', errorMessage: `The lab could not start: ${messageOf(error)}` });
      throw error;
    }
  })();
  return readyPromise;
}

/** Re-splits the data after a change to the split settings, so the counts shown stay true. */
export async function prepareSplit(): Promise<void> {
  if (!useLab.getState().dataReady) return;
  const prepared = await api().prepare(useLab.getState().config);
  useLab.setState({ prepared });
  clearRun();
}

/**
 * The one reset path. New data, a new split, a new run or Reset: everything the last run put on
 * screen goes, a superseded run can no longer write, and the status says what is true now.
 */
export function clearRun(extra: Partial<LabState> = {}): void {
  currentRun += 1;
  const { dataReady, status } = useLab.getState();
  const settled = status === 'loading' || (status === 'error' && !dataReady) ? status : 'idle';
  useLab.setState({ ...emptyRunState(), status: settled, ...extra });
}

/** Mirrors the configuration into the address bar, so the URL always reproduces what is shown. */
export function writeUrl(): void {
  const query = configToQuery(useLab.getState().config);
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

export function updateConfig(patch: Partial<LabConfig>): void {
  const { setConfig } = useLab.getState();
  setConfig(patch);
  writeUrl();
  const splitFields: (keyof LabConfig)[] = ['normal', 'seed', 'contamination', 'limit'];
  const idle = !isRunning(useLab.getState());
  if (splitFields.some((f) => f in patch) && idle) {
    const prepare = useLab.getState().config.dataset === 'csv' ? prepareTableRun : prepareSplit;
    void prepare().catch((error) => useLab.setState({ errorMessage: messageOf(error) }));
  } else if ('model' in patch && idle && useLab.getState().results) {
    // Another detector: the last one's curves and scores no longer describe what is selected.
    clearRun();
  }
}

export async function startTraining(): Promise<void> {
  const set = useLab.setState;
  try {
    await initLab();
    await api().reset();
    let config = useLab.getState().config;
    if (config.dataset === 'csv') {
      const prepared = await prepareTableRun();
      if (!prepared) {
        const { tableSummary, planProblem } = useLab.getState();
        set({ errorMessage: tableSummary ? planProblem : 'Drop a CSV file (or pick a sample) before training.' });
        return;
      }
      config = tableRunConfig(config, prepared.featureNames.length * prepared.window, prepared.counts.fit);
      void rememberTablePlan();
    } else {
      await prepareSplit();
    }
    const gan = isGan(config.model);
    clearRun({ status: 'training', errorMessage: null, epochs: gan ? config.steps : config.epochs });
    const run = currentRun;
    // A run superseded by a reset or new data may still be reporting: it no longer writes.
    const live = (write: (s: LabState) => Partial<LabState>) => {
      if (run === currentRun) set(write);
    };
    const events: SessionEvents = {
      onStepLosses: (losses, first) =>
        live((s) => ({
          stepLosses: [...s.stepLosses, ...Array.from(losses, (loss, i) => ({ step: first + i + 1, loss }))],
        })),
      onEpoch: (r) =>
        live((s) => ({
          epoch: r.epoch,
          epochLosses: [...s.epochLosses, { epoch: r.epoch, train: r.trainLoss, validation: r.validationLoss }],
        })),
      onSamples: (reconstructions) => live(() => ({ reconstructions })),
      onScores: ({ testScores, trainScores, contributions, byScorer, trainedOnTest }) => {
        if (run !== currentRun) return;
        if (byScorer) set({ byScorer });
        useLab.getState().setScores(testScores, trainScores, contributions, { trainedOnTest });
      },
      onGanStats: (stats, firstStep) =>
        live((s) => {
          const added = Array.from({ length: stats.length / 4 }, (_, i) => ({
            step: firstStep + i + 1,
            dLoss: stats[i * 4],
            gLoss: stats[i * 4 + 1],
            dReal: stats[i * 4 + 2],
            dFake: stats[i * 4 + 3],
          }));
          return { ganStats: [...s.ganStats, ...added], epoch: firstStep + added.length };
        }),
      onGanSnapshot: (snapshot: GanSnapshot) =>
        live((s) => ({
          ganSnapshots: appendSnapshot(s.ganSnapshots, {
            step: snapshot.step,
            images: toBytes(snapshot.images),
            likeness: snapshot.likeness,
          }),
        })),
      onPhase: (ganPhase) => live(() => ({ ganPhase })),
    };
    const outcome = await api().train(config, Comlink.proxy(events));
    if (run !== currentRun || useLab.getState().status === 'error') return; // a fatal error (e.g. device lost) already said why
    if (outcome.status === 'diverged') set({ status: 'error', errorMessage: outcome.message });
    else set({ status: 'done' });
    recordDetectors(config);
  } catch (error) {
    set({ status: 'error', errorMessage: `Training failed: ${messageOf(error)}` });
  }
}

/** Switches between MNIST and the CSV view; results of the other view are dropped. */
export async function switchDataset(dataset: LabConfig['dataset']): Promise<void> {
  if (useLab.getState().config.dataset === dataset) return;
  updateConfig({ dataset });
  clearRun({ errorMessage: null });
  if (dataset === 'csv') await prepareTableRun();
  else await prepareSplit().catch((error) => useLab.setState({ errorMessage: messageOf(error) }));
}

/**
 * The training and test sets a result belongs to, so the comparison table only compares like
 * with like: everything that changes either set is in the key (a GAN on all digits trains on
 * another set than one on the normal digits).
 */
export function splitKey(config: LabConfig): string {
  const { dataset, normal, seed, contamination, limit } = config;
  const trainsOn = isGan(config.model) ? config.gandata : 'normal';
  const table = useLab.getState().tableSummary;
  const data = dataset === 'csv' ? [table?.fingerprint, useLab.getState().tablePlan] : [normal];
  return JSON.stringify([dataset, ...data, seed, contamination, limit, trainsOn]);
}

/** Adds this run's detectors (each GAN scorer separately) to the session's comparison table. */
function recordDetectors(config: LabConfig): void {
  const state = useLab.getState();
  const { results, byScorer } = state;
  const isAnomaly = activeTestIsAnomaly(state);
  if (!results || !isAnomaly) return;
  const runs =
    byScorer && isGan(config.model)
      ? Object.entries(byScorer).map(([scorer, scores]) => ({
          name: `${modelNames[config.model]} · ${scorer}`,
          derived: deriveResults(scores.testScores, scores.trainScores, isAnomaly, null, results.provenance),
        }))
      : [{ name: modelNames[config.model], derived: results }];
  const key = splitKey(config);
  const labelled = hasLabels(state);
  const records = runs.map(({ name, derived }) => {
    const threshold = meanPlusKStdThreshold(derived.trainScores, 2);
    const unavailable = !labelled ? 'needs labels' : derived.refusal ? 'not reported (see Detection)' : null;
    return {
      splitKey: key,
      detector: name,
      auroc: derived.auroc,
      auprc: derived.auprc,
      f1: metricsAt(derived.index, threshold).f1,
      threshold,
      unavailable,
    };
  });
  useLab.setState((s) => ({
    detectorRecords: [
      ...s.detectorRecords.filter((r) => !(r.splitKey === key && records.some((n) => n.detector === r.detector))),
      ...records,
    ],
  }));
}

/** Switches the GAN scorer; with both scorers' results at hand this needs no retraining. */
export function setScorer(scorer: LabConfig['scorer']): void {
  updateConfig({ scorer });
  const { byScorer } = useLab.getState();
  const chosen = byScorer?.[scorer];
  if (chosen)
    useLab
      .getState()
      .setScores(chosen.testScores, chosen.trainScores, undefined, useLab.getState().results?.provenance);
}

/** One D+G round while paused. */
export async function stepOnce(): Promise<void> {
  await api().step();
}

/** Picks a grid sample; with two picked, the frames between them are generated. */
export async function pickForInterpolation(index: number): Promise<void> {
  const picks = [...useLab.getState().interpolationPicks.filter((p) => p !== index), index].slice(-2);
  useLab.setState({ interpolationPicks: picks });
  if (picks.length < 2) return;
  try {
    const frames = await api().interpolate(picks[0], picks[1], 12);
    useLab.setState({ interpolation: { from: picks[0], to: picks[1], frames: toBytes(frames) } });
  } catch (error) {
    useLab.setState({ errorMessage: `Interpolation failed: ${messageOf(error)}` });
  }
}

export async function pauseTraining(): Promise<void> {
  await api().pause();
  useLab.setState({ status: 'paused' });
}

export async function resumeTraining(): Promise<void> {
  useLab.setState({ status: 'training' });
  await api().resume();
}

export async function stopTraining(): Promise<void> {
  await api().stop();
}

export async function resetLab(): Promise<void> {
  clearRun({ errorMessage: null });
  await api().reset();
}
