import { create, type StateCreator } from 'zustand';
import type { BackendSelection } from '../core/backend';
import { StepSeries } from '../core/series/stepSeries';

/** An empty per-step loss series. */
export const emptyStepLosses = () => StepSeries.empty(1, (step, value) => ({ step, loss: value(0) }));
import { type LabConfig } from '../core/config';
import { configFromQuery } from '../core/configQuery';
import { ignoredText } from '../i18n/configMessages';
import { resolveLanguage } from '../i18n/translate';
import type { PreparedSplit } from '../core/lab/session';
import type { LatentView } from '../core/lab/latent';
import type { DecodedGrids } from '../core/lab/decodedGrids';
import { auprc, auroc, buildScoreIndex, type ScoreIndex } from '../core/detect/metrics';
import { scoreHistogram, type HistogramBin } from '../core/detect/histogram';
import { bestF1Threshold, thresholdFor, type ThresholdChoice } from '../core/detect/thresholds';
import {
  measuredPositions,
  metricsRefusal,
  sortableScores,
  type MetricsRefusal,
  type ScoreProvenance,
} from '../core/detect/verdict';
import type { TopContributions } from '../core/detect/contributions';
import type { TablePlan } from '../core/data/csv/plan';
import type { PreparedTable } from '../core/lab/tableSet';
import type { TableSummary } from '../core/data/csv/summary';
import { ganRunReset, ganSlice, type GanSlice } from './ganSlice';
import { leaderboardSlice, type LeaderboardSlice } from './leaderboardSlice';
import { projectSlice, type ProjectSlice } from './projectSlice';
import { newFileSlice, type NewFileSlice } from './newFileSlice';
import { feedbackSlice, type FeedbackSlice } from './feedbackSlice';
import { monitorSlice, type MonitorSlice } from './monitorSlice';
import { detectors, specOf } from '../core/detectors/registry';
import { isTableSource } from '../core/sources/registry';
import { viewScores } from './smoothedScores';
import type { DataKind, DetectorSpec, DetectorView } from '../core/detectors/spec';

/** What the page shows; the worker and intents write it, components only read it. */
export type RunStatus = 'idle' | 'loading' | 'training' | 'paused' | 'done' | 'error';

export interface SettingsSlice {
  config: LabConfig;
  notices: string[];
  setConfig(patch: Partial<LabConfig>): void;
  dismissNotice(index: number): void;
}

export interface EnvironmentSlice {
  backend: BackendSelection | null;
  dataReady: boolean;
  loadProgress: number;
  errorMessage: string | null;
  setError(message: string | null): void;
  /** What the lab recovered from (a lost GPU device, a failed worker) and what it did, until dismissed. */
  recoveryNotice: string | null;
  dismissRecovery(): void;
}

export interface RunSlice {
  status: RunStatus;
  epoch: number;
  epochs: number;
  /** The loss of every training step (chunked: a long run appends without copying). */
  stepLosses: StepSeries<{ step: number; loss: number }>;
  /** Per epoch: train and validation loss, and the loss's parts by name (the detector's series). */
  epochLosses: ({ epoch: number } & Record<string, number | null>)[];
  prepared: PreparedSplit | null;
  /** The split (splitSelectors' pageSplitKey) that `prepared` or `preparedTable` holds: a split is prepared once. */
  preparedKey: string | null;
  reconstructions: Float32Array | null;
  /** Denoising runs: the noisy inputs the reconstructions were made from. */
  noisyInputs: Float32Array | null;
  /** Autoencoders: test items placed by their latent codes. */
  latent: LatentView | null;
  /** Generative autoencoders: images decoded from the prior and over the latent plane. */
  decoded: DecodedGrids | null;
}

export interface TableSlice {
  tableSummary: TableSummary | null;
  tablePlan: TablePlan | null;
  /** While a file is being read and parsed. */
  tableLoad: { fileName: string; progress: number } | null;
  preparedTable: PreparedTable | null;
  /** Why the current column choices cannot be trained (shown beside them, raised on Train). */
  planProblem: string | null;
  /** Column settings brought back from an earlier visit with the same file. */
  restoredFrom: string | null;
  /** Shapley attributions of the trained detector's scores, by test row (the rows looked at). */
  attributions: Map<number, Float32Array>;
  /** The row whose detail is open, with its cells as the file has them. */
  rowDetail: { row: number; cells: string[] } | null;
  /** Sequence data: the open row's values and reconstruction, for the sequence chart. */
  sequenceDetail: { row: number; input: Float32Array; output: Float32Array | null } | null;
}

export interface Results {
  /**
   * The scores the view ranks and thresholds: a series' rows from their windows, smoothed in time
   * order where `smooth` asks for it (smoothedScores.ts); `trainScores` likewise.
   */
  testScores: Float32Array;
  /**
   * The detector's own test and training scores when the view changed them (series windows as the
   * rows they end at, smoothing); null when `testScores` and `trainScores` are the detector's own.
   */
  rawScores: Float32Array | null;
  rawTrainScores: Float32Array | null;
  /** Why detection metrics are not reported for these scores (null when they are). */
  refusal: MetricsRefusal | null;
  provenance: ScoreProvenance;
  /** Test items left out of every metric, the histogram and the ranked views: the detector trained on them. */
  leftOut: number;
  contributions: TopContributions | null;
  trainScores: Float32Array;
  index: ScoreIndex;
  auroc: number;
  auprc: number;
  histogram: HistogramBin[];
  bestF1: { threshold: number; f1: number };
}

export interface ResultsSlice {
  results: Results | null;
  threshold: number;
  logCounts: boolean;
  /** Draw each class as its share of that class, so a small normal class stays visible. */
  perClassShare: boolean;
  setLogCounts(on: boolean): void;
  setPerClassShare(on: boolean): void;
  setScores(
    testScores: Float32Array,
    trainScores: Float32Array,
    contributions?: TopContributions,
    provenance?: ScoreProvenance,
  ): void;
}

export type LabState = SettingsSlice &
  EnvironmentSlice &
  RunSlice &
  ResultsSlice &
  TableSlice &
  GanSlice &
  LeaderboardSlice &
  ProjectSlice &
  NewFileSlice &
  FeedbackSlice &
  MonitorSlice;

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

/** Everything derived from a fresh set of scores, computed once so threshold drags stay O(log n). */
export function deriveResults(
  testScores: Float32Array,
  trainScores: Float32Array,
  isAnomaly: Uint8Array,
  contributions: TopContributions | null = null,
  provenance: ScoreProvenance = {},
  raw: { test: Float32Array; train: Float32Array } | null = null,
): Results {
  // Test items the detector trained on have left the test set: nothing is measured on them.
  const measured = measuredPositions(testScores.length, provenance);
  const index = buildScoreIndex(sortableScores(testScores), isAnomaly, measured);
  const refusal = metricsRefusal(testScores, provenance);
  const kept = <T extends Float32Array | Uint8Array>(values: T) =>
    measured ? (Array.from(measured, (p) => values[p]) as unknown as ArrayLike<number>) : values;
  return {
    testScores,
    rawScores: raw?.test ?? null,
    rawTrainScores: raw?.train ?? null,
    refusal,
    provenance,
    leftOut: testScores.length - index.total,
    contributions,
    trainScores,
    index,
    auroc: refusal ? Number.NaN : auroc(index),
    auprc: refusal ? Number.NaN : auprc(index),
    histogram: scoreHistogram(kept(testScores), kept(isAnomaly)),
    bestF1: refusal ? { threshold: Number.NaN, f1: Number.NaN } : bestF1Threshold(index),
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

/** A detector's scores as the view shows them (smoothedScores.ts), with everything derived from them. */
export function viewResults(
  state: Pick<LabState, 'config' | 'preparedTable'>,
  testScores: Float32Array,
  trainScores: Float32Array,
  isAnomaly: Uint8Array,
  contributions: TopContributions | null = null,
  provenance: ScoreProvenance = {},
): Results {
  const view = viewScores({ test: testScores, train: trainScores }, state.config, state.preparedTable);
  return view
    ? deriveResults(view.test, view.train, isAnomaly, contributions, provenance, {
        test: testScores,
        train: trainScores,
      })
    : deriveResults(testScores, trainScores, isAnomaly, contributions, provenance);
}

/** A run is in progress (training or paused): settings that shape it are locked. */
export const isRunning = (state: Pick<LabState, 'status'>): boolean =>
  state.status === 'training' || state.status === 'paused';

/**
 * Whether the data in view is the user's table (its plan, columns and ranked rows) rather than a
 * shipped image set: the page's one question about the source's kind (its steps per kind are in
 * dataIntents.ts).
 */
export const tableInView = (state: Pick<LabState, 'config'>): boolean => isTableSource(state.config.dataset);

/** Labels of the test set in view: the image set's split's, or the table's. */
export function activeTestIsAnomaly(state: LabState): Uint8Array | null {
  return tableInView(state) ? (state.preparedTable?.testIsAnomaly ?? null) : (state.prepared?.testIsAnomaly ?? null);
}

/** The kind of data in view, as detector specs name it: a table whose rows are square images is images. */
export function activeDataKind(state: LabState): DataKind {
  if (!tableInView(state)) return 'image';
  if (state.preparedTable?.image) return 'image';
  if (state.tablePlan?.timeSeries) return 'window';
  // Rows read as sequences: the prepared run says whether the plan's sequence columns were found.
  return state.preparedTable?.sequence ? 'sequence' : 'row';
}

/** The views the selected detector offers on the data in view (none when it cannot model it). */
export function activeViews(state: LabState): readonly DetectorView[] {
  const spec = specOf(state.config.model);
  const kind = activeDataKind(state);
  if (!spec.accepts.includes(kind)) return [];
  // Decoded items are drawn as images: of table rows they would say nothing.
  return kind === 'image' ? spec.views : spec.views.filter((v) => !imageOnlyViews.includes(v));
}

const imageOnlyViews: readonly DetectorView[] = ['prior-grid', 'manifold-grid', 'generated-grid', 'interpolation'];

/**
 * What the scores in view measure: those of a leaderboard row shown as the current detector, or
 * the selected model's (a picked ensemble's id starts with "ensemble:", a GAN scorer's with "<model>·").
 */
export function shownScoreSpec(state: LabState): DetectorSpec {
  const id = (state.shownRecord ?? state.config.model).split(/[·:]/)[0];
  return detectors.find((d) => d.id === id) ?? specOf(state.config.model);
}

/** Whether the data in view has labels (MNIST always; a table only with a label column). */
export function hasLabels(state: LabState): boolean {
  return !tableInView(state) || state.preparedTable?.labelled === true;
}

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

/** Where the configured threshold method puts the threshold on these results. */
export function placedThreshold(state: LabState, results: Results): number {
  return thresholdFor(thresholdChoice(state.config), {
    trainScores: results.trainScores,
    testScores: results.testScores,
    index: results.index,
    // Best F1 needs labels, and labels the verdict accepts.
    labelled: hasLabels(state) && results.refusal === null,
  });
}

export function thresholdChoice(config: LabConfig): ThresholdChoice {
  return {
    method: config.thresholdmethod,
    value: config.threshold,
    k: config.thresholdk,
    percentile: config.thresholdp,
    contamination: config.thresholdc,
  };
}

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
