import { create, type StateCreator } from 'zustand';
import { StepSeries } from '../core/series/stepSeries';
import { configFromQuery } from '../core/configQuery';
import { ignoredText } from '../i18n/configMessages';
import { resolveLanguage } from '../i18n/translate';
import { ganRunReset, ganSlice } from './ganSlice';
import { leaderboardSlice } from './leaderboardSlice';
import { projectSlice } from './projectSlice';
import { newFileSlice } from './newFileSlice';
import { feedbackSlice } from './feedbackSlice';
import { monitorSlice } from './monitorSlice';
import type { EnvironmentSlice, LabState, ResultsSlice, RunSlice, SettingsSlice, TableSlice } from './labState';
import { placedThreshold, viewResults } from './scoreResults';
import { activeTestIsAnomaly } from './selectors';

/** An empty per-step loss series. */
export const emptyStepLosses = () => StepSeries.empty(1, (step, value) => ({ step, loss: value(0) }));

const initialQuery = configFromQuery(new URLSearchParams(globalThis.location?.search ?? ''));

const settingsSlice: StateCreator<LabState, [], [], SettingsSlice> = (set) => ({
  config: initialQuery.config,
  notices: initialQuery.ignored.map((field) =>
    ignoredText(resolveLanguage(initialQuery.config.lang, globalThis.navigator?.languages ?? []), field),
  ),
  setConfig: (patch) => set((s) => ({ config: { ...s.config, ...patch } })),
  dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
});

const environmentSlice: StateCreator<LabState, [], [], EnvironmentSlice> = (set) => ({
  backend: null,
  dataReady: false,
  loadProgress: 0,
  errorMessage: null,
  setError: (errorMessage) => set({ errorMessage }),
  recoveryNotice: null,
  dismissRecovery: () => set({ recoveryNotice: null }),
});

/** What a run leaves in this slice, empty: its part of the one reset. */
function runReset(): Omit<RunSlice, 'status' | 'prepared' | 'preparedKey'> {
  return {
    epoch: 0,
    epochs: 0,
    stepLosses: emptyStepLosses(),
    epochLosses: [],
    reconstructions: null,
    noisyInputs: null,
    latent: null,
    decoded: null,
  };
}

const runSlice: StateCreator<LabState, [], [], RunSlice> = () => ({
  status: 'idle',
  prepared: null,
  preparedKey: null,
  ...runReset(),
});

/**
 * Everything a run leaves on screen (progress, curves, scores, GAN history), empty: each slice's
 * own reset, composed. The one reset path (runState's clearRun) applies it whenever the data, the
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
    openedProject: null,
    modelOnly: null,
    ...newFileSlice(),
    // Marks stay (they name items of the split, which a new run keeps); what was derived from scores goes.
    oddTraining: null,
    feedbackComparison: null,
    ...ganRunReset(),
    // The monitor replays a trained run: a new run or a reset ends it.
    monitor: null,
  };
}

const resultsSlice: StateCreator<LabState, [], [], ResultsSlice> = (set, get) => ({
  results: null,
  threshold: 0,
  logCounts: false,
  perClassShare: false,
  setLogCounts: (logCounts) => set({ logCounts }),
  setPerClassShare: (perClassShare) => set({ perClassShare }),
  setScores: (testScores, trainScores, contributions, provenance) => {
    const isAnomaly = activeTestIsAnomaly(get());
    if (!isAnomaly) return;
    const results = viewResults(get(), testScores, trainScores, isAnomaly, contributions ?? null, provenance);
    // The configured method (mean + 2 std of training errors unless the URL or the user chose
    // another) places the threshold on every fresh set of scores; a manual value stays put.
    set({ results, threshold: placedThreshold(get(), results) });
  },
});

const tableSlice: StateCreator<LabState, [], [], TableSlice> = () => ({
  tableSummary: null,
  tablePlan: null,
  tableLoad: null,
  preparedTable: null,
  planProblem: null,
  restoredFrom: null,
  attributions: new Map(),
  rowDetail: null,
  sequenceDetail: null,
});

export const useLab = create<LabState>()((...a) => ({
  ...settingsSlice(...a),
  ...environmentSlice(...a),
  ...runSlice(...a),
  ...resultsSlice(...a),
  ...tableSlice(...a),
  ...ganSlice((patch) => a[0](patch)),
  ...leaderboardSlice(),
  ...projectSlice(),
  ...newFileSlice(),
  ...feedbackSlice(),
  ...monitorSlice(),
}));
