import type { BackendSelection } from '../core/backend';
import type { LabConfig } from '../core/config';
import type { ScoreIndex } from '../core/detect/metrics';
import type { HistogramBin } from '../core/detect/histogram';
import type { MetricsRefusal, ScoreProvenance } from '../core/detect/verdict';
import type { TopContributions } from '../core/detect/contributions';
import type { TablePlan } from '../core/data/csv/plan';
import type { TableSummary } from '../core/data/csv/summary';
import type { DecodedGrids } from '../core/lab/decodedGrids';
import type { LatentView } from '../core/lab/latent';
import type { ProbeResult } from '../core/lab/probe';
import type { PreparedSource } from '../core/lab/sessionTypes';
import type { StepSeries } from '../core/series/stepSeries';
import type { FeedbackSlice } from './feedbackSlice';
import type { SearchSlice } from './searchSlice';
import type { ProbeSlice } from './probeSlice';
import type { PlaygroundSlice } from './playgroundSlice';
import type { GanSlice } from './ganSlice';
import type { LeaderboardSlice } from './leaderboardSlice';
import type { MonitorSlice } from './monitorSlice';
import type { NewFileSlice } from './newFileSlice';
import type { ProjectSlice } from './projectSlice';

/*
 * The shape of the page's state, slice by slice (types only): labStore.ts makes the store from it,
 * scoreResults.ts and selectors.ts read it, so neither needs the store itself.
 */

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
  /**
   * The split the worker holds, as its prepare answered (an image set's or a table's: one slot, as the
   * worker holds one); selectors.ts reads it for the source in view.
   */
  prepared: PreparedSource | null;
  /** The split (splitSelectors' pageSplitKey) that `prepared` holds: a split is prepared once. */
  preparedKey: string | null;
  reconstructions: Float32Array | null;
  /** Denoising runs: the noisy inputs the reconstructions were made from. */
  noisyInputs: Float32Array | null;
  /** Autoencoders: test items placed by their latent codes. */
  latent: LatentView | null;
  /** Generative autoencoders: images decoded from the prior and over the latent plane. */
  decoded: DecodedGrids | null;
  /** The 2-D playground: the detector's scores over the field grid, as of its last refresh. */
  field: Float32Array | null;
}

export interface TableSlice {
  tableSummary: TableSummary | null;
  tablePlan: TablePlan | null;
  /** While a file is being read and parsed. */
  tableLoad: { fileName: string; progress: number } | null;
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
  /**
   * A sequence the user draws over (the sequence chart's "draw"): the test unit it started from, its
   * values as edited (as the model reads them), the value range the chart froze for drawing, and what
   * the detector makes of the drawing (null until the first stroke is scored).
   */
  sequenceDrawing: {
    unit: number;
    values: Float32Array;
    range: [number, number];
    result: ProbeResult | null;
    /** The score of the sequence as it was before the first stroke. */
    original: number | null;
    stale: boolean;
  } | null;
  /**
   * "What if" on the open row: its cells as the user edited them (every column), the choices of each
   * categorical feature column, and what the detector makes of the edited row (null until an edit).
   */
  whatIf: {
    row: number;
    cells: string[];
    choices: Record<number, string[]>;
    result: { score: number; attributions: Float32Array } | null;
    stale: boolean;
  } | null;
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
  /** The anomalous class the galleries show alone (a bar of the per-class view clicked), or null for all. */
  galleryClass: number | null;
  setGalleryClass(cls: number | null): void;
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
  SearchSlice &
  ProbeSlice &
  PlaygroundSlice &
  MonitorSlice;
