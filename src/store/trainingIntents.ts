import * as Comlink from 'comlink';
import { splitFieldNames, type LabConfig } from '../core/config';
import type { RunCheckpoint, SessionEvents } from '../core/lab/session';
import { keepCheckpoint } from './checkpoint';
import { tableRunConfig } from '../core/lab/tableSizing';
import { specOf } from '../core/detectors/registry';
import { ganEventHandlers } from './ganSlice';
import { useLab } from './labStore';
import type { LabState } from './labState';
import { activeDataKind, isRunning, preparedInView, preparedTable } from './selectors';
import type { DataKind } from '../core/detectors/spec';
import { applyConfig, initLab, ownRun } from './labIntents';
import { clearRun, isCurrentRun, runToken } from './currentRun';
import { rememberTablePlan } from './tableIntents';
import { loadData, prepareData } from './dataIntents';
import { api, messageOf } from './workerConnection';
import { recordRun, recordScores } from './leaderboardIntents';
import { explainTopRows } from './explainIntents';
import { openMonitor } from './monitorIntents';
import { trainedOnTestItems, type TrainingFeedback } from '../core/detect/feedback';
import { localised, pageLanguage, say } from './say';
import { messageText } from '../i18n/translate';
import type { MessageKey } from '../i18n/translate';

const dataKindNames: Record<DataKind, MessageKey> = {
  image: 'dataKind.image',
  row: 'dataKind.row',
  window: 'dataKind.window',
  sequence: 'dataKind.sequence',
};

/**
 * The page's intents for configuration and training: each one updates the store and asks the
 * worker to act. Components call these and never see the worker or a tensor.
 */

/**
 * The one way the page changes the configuration. Its effects: the fields are set and mirrored into
 * the URL (another detector also brings its defaults for the fields left at the old one's); then,
 * while no run is on, a split field prepares the split it now names, and another detector clears the
 * last one's results. (Intents that take care of these themselves, opening a project, use
 * labIntents' applyConfig: the same first step alone.)
 */
export function updateConfig(patch: Partial<LabConfig>): void {
  applyConfig(patch);
  const idle = !isRunning(useLab.getState());
  if (splitFieldNames.some((f) => f in patch) && idle) {
    void prepareData().catch((error) => useLab.setState({ errorMessage: messageOf(error) }));
  } else if ('model' in patch && idle && useLab.getState().results) {
    // Another detector: the last one's curves and scores no longer describe what is selected.
    clearRun();
  }
}

/**
 * Trains the selected detector on the split; `feedback` adjusts its training items by the user's
 * marks, `resume` continues from a checkpoint. A plain Train while a run is starting or going (a
 * link's autostart still preparing, a double click) joins that run rather than racing it.
 */
export function startTraining(feedback?: TrainingFeedback, resume?: RunCheckpoint): Promise<void> {
  return ownRun(() => trainOnce(feedback, resume), !feedback && !resume);
}

async function trainOnce(feedback?: TrainingFeedback, resume?: RunCheckpoint): Promise<void> {
  const set = useLab.setState;
  let run = -1;
  try {
    await initLab();
    await api().reset();
    if (!(await prepareData())) {
      const { tableSummary, planProblem } = useLab.getState();
      set({ errorMessage: tableSummary ? planProblem : say('err.dropCsvTrain') });
      return;
    }
    const table = preparedTable(useLab.getState());
    let config = useLab.getState().config;
    if (table) {
      // A table run sizes the network from the table (tableSizing.ts), and its plan is kept for the file.
      config = tableRunConfig(config, table.featureNames.length * table.window, table.counts.fit);
      void rememberTablePlan();
    }
    const spec = specOf(config.model);
    const kind = activeDataKind(useLab.getState());
    if (!spec.accepts.includes(kind)) {
      set({
        errorMessage: say('err.wrongKind', {
          detector: localised(spec).label,
          accepts: spec.accepts.map((k) => say(dataKindNames[k])).join(say('list.or')),
          kind: say(dataKindNames[kind]),
        }),
      });
      return;
    }
    // A detector that needs labelled anomalies refuses a split without any, saying how to give some.
    const markedAnomalies = (feedback?.anomalyTest.length ?? 0) + (feedback?.anomalyTrain.length ?? 0);
    const budget = preparedInView(useLab.getState())?.prepared.counts.labelledAnomalies ?? 0;
    if (spec.labels === 'needs' && budget + markedAnomalies === 0) {
      set({ errorMessage: say('err.core.needsLabels', { detector: localised(spec).label }) });
      return;
    }
    const total = { step: config.steps, epoch: config.epochs, percent: 100 }[spec.progress];
    clearRun({ status: 'training', errorMessage: null, epochs: total, runConfig: config });
    run = runToken();
    // Test items marked normal join this run's training items: they leave its test set. So do test
    // items marked anomalous, for a detector that learns from labels (they train as labelled anomalies).
    const trainedOn = feedback && trainedOnTestItems(feedback, (spec.labels ?? 'ignores') !== 'ignores');
    const { events, timing } = runEvents(config, run, trainedOn);
    const outcome = await api().train(config, Comlink.proxy(events), feedback, injectedFault(config), resume);
    if (!isCurrentRun(run) || useLab.getState().status === 'error') return; // a fatal error (e.g. device lost) already said why
    if (outcome.status === 'diverged')
      set({ status: 'error', errorMessage: messageText(pageLanguage(), outcome.message) });
    else set({ status: 'done' });
    recordRun(config, timing());
    // A link with `view=monitor` opens the live monitor as soon as the run is done.
    if (useLab.getState().status === 'done' && config.view === 'monitor' && table) void openMonitor();
    void explainTopRows();
  } catch (error) {
    // A run that a fault's recovery already replaced says nothing more.
    if (run !== -1 && !isCurrentRun(run)) return;
    set({ status: 'error', errorMessage: say('err.training', { reason: messageOf(error) }) });
  }
}

let faultInjected = false;

/** `debug=` in the URL (tests of recovery): the first run gets the fault, the runs after it do not. */
function injectedFault(config: LabConfig): LabConfig['debug'] | undefined {
  if (faultInjected || !config.debug) return undefined;
  faultInjected = true;
  return config.debug;
}

/**
 * How a run's reports reach the store: a run superseded by a reset or new data may still be
 * reporting, and then no longer writes. `timing` is the finished run's cost, once its scores came.
 * `trainedOnTestItems`: test positions the run trains on (feedback), left out of its metrics.
 */
export function runEvents(
  config: LabConfig,
  run: number,
  trainedOnTestItems?: readonly number[],
): { events: SessionEvents; timing: () => RunTiming } {
  const set = useLab.setState;
  let timing: RunTiming = null;
  const live = (write: (s: LabState) => Partial<LabState>) => {
    if (isCurrentRun(run)) set(write);
  };
  // Every event of SessionEvents with the patch it applies: a new event fails to compile here until it has one
  // (its payload and transferables are declared in core/lab/sessionEvents.ts).
  const events: Required<SessionEvents> = {
    onStepLosses: (losses, first) => live((s) => ({ stepLosses: s.stepLosses.append(losses, first + 1) })),
    onEpoch: (r) =>
      live((s) => ({
        epoch: r.epoch,
        epochLosses: [
          ...s.epochLosses,
          { epoch: r.epoch, train: r.trainLoss, validation: r.validationLoss, ...r.terms },
        ],
      })),
    onProgress: (done, epochs) => live(() => ({ epoch: done, epochs })),
    onCheckpoint: (checkpoint) => {
      if (isCurrentRun(run)) keepCheckpoint(run, checkpoint);
    },
    onLatent: (latent) => live(() => ({ latent })),
    onDecoded: (decoded) => live(() => ({ decoded })),
    onField: (field) => live(() => ({ field })),
    onSamples: (reconstructions, noisyInputs) => live(() => ({ reconstructions, noisyInputs: noisyInputs ?? null })),
    onScores: ({ testScores, trainScores, contributions, byScorer, trainedOnTest, timing: cost }) => {
      if (!isCurrentRun(run)) return;
      timing = cost ?? null;
      if (byScorer) set({ byScorer });
      const provenance = { trainedOnTest, ...(trainedOnTestItems?.length ? { trainedOnTestItems } : {}) };
      useLab.getState().setScores(testScores, trainScores, contributions, provenance);
    },
    ...ganEventHandlers((write) => live((s) => write(s))),
    // An ensemble's members, each a leaderboard row as it finishes.
    onClassicalResult: (r) =>
      live(() => {
        recordScores(config, { id: r.id, detector: specOf(r.id as never).label, scores: r, timing: r });
        return {};
      }),
  };
  return { events, timing: () => timing };
}

type RunTiming = { fitMs: number; scoreMs: number } | null;

/** Switches to another data source; results of the last one are dropped. */
export async function switchDataset(dataset: LabConfig['dataset']): Promise<void> {
  if (useLab.getState().config.dataset === dataset) return;
  // The split is drawn anew from the new source's data: the last one's split is gone (the worker holds the new one).
  useLab.setState({ prepared: null, preparedKey: null });
  updateConfig({ dataset });
  clearRun({ errorMessage: null });
  try {
    await loadData();
  } catch (error) {
    useLab.setState({ status: 'idle', errorMessage: messageOf(error) });
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
