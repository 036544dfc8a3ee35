import { create, type StateCreator } from 'zustand';
import type { BackendSelection } from '../core/backend';
import { configFromQuery, type LabConfig } from '../core/config';
import type { PreparedSplit } from '../core/lab/session';
import { auprc, auroc, buildScoreIndex, rocCurve, thinCurve, type RocPoint, type ScoreIndex } from '../core/detect/metrics';
import { scoreHistogram, type HistogramBin } from '../core/detect/histogram';
import { bestF1Threshold, meanPlusKStdThreshold } from '../core/detect/thresholds';
import type { TopContributions } from '../core/detect/contributions';
import type { TablePlan } from '../core/data/csv/plan';
import type { PreparedTable } from '../core/lab/tableSet';
import type { TableSummary } from '../worker/tableHost';
import { ganSlice, type GanSlice } from './ganSlice';

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
}

export interface RunSlice {
  status: RunStatus;
  epoch: number;
  epochs: number;
  stepLosses: { step: number; loss: number }[];
  epochLosses: { epoch: number; train: number; validation: number | null }[];
  prepared: PreparedSplit | null;
  reconstructions: Float32Array | null;
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
}

export interface Results {
  testScores: Float32Array;
  contributions: TopContributions | null;
  trainScores: Float32Array;
  index: ScoreIndex;
  auroc: number;
  auprc: number;
  roc: RocPoint[];
  histogram: HistogramBin[];
  bestF1: { threshold: number; f1: number };
}

export interface ResultsSlice {
  results: Results | null;
  threshold: number;
  logCounts: boolean;
  /** Draw each class as its share of that class, so a small normal class stays visible. */
  perClassShare: boolean;
  setThreshold(threshold: number): void;
  setLogCounts(on: boolean): void;
  setPerClassShare(on: boolean): void;
  setScores(testScores: Float32Array, trainScores: Float32Array, contributions?: TopContributions): void;
}

export type LabState = SettingsSlice & EnvironmentSlice & RunSlice & ResultsSlice & TableSlice & GanSlice;

const initialQuery = configFromQuery(new URLSearchParams(globalThis.location?.search ?? ''));

const settingsSlice: StateCreator<LabState, [], [], SettingsSlice> = (set) => ({
  config: initialQuery.config,
  notices: initialQuery.notices,
  setConfig: (patch) => set((s) => ({ config: { ...s.config, ...patch } })),
  dismissNotice: (index) => set((s) => ({ notices: s.notices.filter((_, i) => i !== index) })),
});

const environmentSlice: StateCreator<LabState, [], [], EnvironmentSlice> = (set) => ({
  backend: null,
  dataReady: false,
  loadProgress: 0,
  errorMessage: null,
  setError: (errorMessage) => set({ errorMessage }),
});

const runSlice: StateCreator<LabState, [], [], RunSlice> = () => ({
  status: 'idle',
  epoch: 0,
  epochs: 0,
  stepLosses: [],
  epochLosses: [],
  prepared: null,
  reconstructions: null,
});

/** Everything derived from a fresh set of scores, computed once so threshold drags stay O(log n). */
export function deriveResults(testScores: Float32Array, trainScores: Float32Array, isAnomaly: Uint8Array, contributions: TopContributions | null = null): Results {
  const index = buildScoreIndex(testScores, isAnomaly);
  return {
    testScores,
    contributions,
    trainScores,
    index,
    auroc: auroc(index),
    auprc: auprc(index),
    roc: thinCurve(rocCurve(index), 400),
    histogram: scoreHistogram(testScores, isAnomaly),
    bestF1: bestF1Threshold(index),
  };
}

const resultsSlice: StateCreator<LabState, [], [], ResultsSlice> = (set, get) => ({
  results: null,
  threshold: 0,
  logCounts: false,
  perClassShare: false,
  setThreshold: (threshold) => set({ threshold }),
  setLogCounts: (logCounts) => set({ logCounts }),
  setPerClassShare: (perClassShare) => set({ perClassShare }),
  setScores: (testScores, trainScores, contributions) => {
    const isAnomaly = activeTestIsAnomaly(get());
    if (!isAnomaly) return;
    const results = deriveResults(testScores, trainScores, isAnomaly, contributions ?? null);
    // The first scores of a run get a label-free starting threshold (mean + 2 std of training
    // errors); later snapshots keep whatever the user chose.
    const keep = get().results !== null;
    set({ results, ...(keep ? {} : { threshold: defaultThreshold(trainScores, results) }) });
  },
});

/** A run is in progress (training or paused): settings that shape it are locked. */
export const isRunning = (state: Pick<LabState, 'status'>): boolean => state.status === 'training' || state.status === 'paused';

/** Labels of the test set in view: the MNIST split's, or the table's. */
export function activeTestIsAnomaly(state: LabState): Uint8Array | null {
  return state.config.dataset === 'csv' ? (state.preparedTable?.testIsAnomaly ?? null) : (state.prepared?.testIsAnomaly ?? null);
}

/** Whether the data in view has labels (MNIST always; a table only with a label column). */
export function hasLabels(state: LabState): boolean {
  return state.config.dataset !== 'csv' || state.preparedTable?.labelled === true;
}

const tableSlice: StateCreator<LabState, [], [], TableSlice> = () => ({
  tableSummary: null,
  tablePlan: null,
  tableLoad: null,
  preparedTable: null,
  planProblem: null,
  restoredFrom: null,
});

function defaultThreshold(trainScores: Float32Array, results: Results): number {
  const value = meanPlusKStdThreshold(trainScores, 2);
  return Number.isFinite(value) ? value : results.index.sorted[Math.floor(results.index.total / 2)];
}

export const useLab = create<LabState>()((...a) => ({
  ...settingsSlice(...a),
  ...environmentSlice(...a),
  ...runSlice(...a),
  ...resultsSlice(...a),
  ...tableSlice(...a),
  ...ganSlice(...a),
}));
