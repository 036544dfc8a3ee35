import type { SavedDetector } from '../project/format';
import type { OneClassSplit } from '../data/split';
import type { TopContributions } from '../detect/contributions';
import type { GanScorer } from '../gan/scorers';
import type { GanLoopOutcome } from '../train/ganLoop';
import type { LoopOutcome } from '../train/loop';
import type { GanScores } from '../detectors/gan-shared/run';
import type { PreparedTable } from './tableSet';

/** What the lab session takes and gives: the worker's API and the page's events speak these types. */

export type { SessionEvents } from './sessionEvents';

/** What the page needs to show about a split: counts, and the test digits to display. */
export interface PreparedSplit {
  counts: OneClassSplit['counts'];
  side: number;
  testImages: Uint8Array;
  testLabels: Uint8Array;
  testIsAnomaly: Uint8Array;
  /** Positions in the test set of the fixed digits shown in the reconstruction grid. */
  sampleRows: number[];
}

/**
 * A prepared split of either kind of source, as the worker's prepare answers it and the page keeps it
 * (one slot: the worker holds one split at a time).
 */
export type PreparedSource =
  | { ok: true; kind: 'image-set'; prepared: PreparedSplit }
  | { ok: true; kind: 'table'; prepared: PreparedTable }
  | { ok: true; kind: 'points'; prepared: PreparedPoints };

/** The 2-D playground's split: every point is fitted on and scored (outlier detection, as scikit-learn's comparison). */
export interface PreparedPoints {
  counts: OneClassSplit['counts'];
  /** x, y per point (the test set: every point). */
  xy: Float32Array;
  testIsAnomaly: Uint8Array;
  /** 1 for a point placed by hand. */
  byHand: Uint8Array;
  /** Cells per side of the field grid (core/toy fieldGrid). */
  fieldSide: number;
}

export interface ScoreResult {
  testScores: Float32Array;
  trainScores: Float32Array;
  /** Tables: for each test unit, its top columns by share of squared reconstruction error. */
  contributions?: TopContributions;
  /** GANs: the scores of every scorer computed (testScores/trainScores are the chosen one's). */
  byScorer?: Partial<Record<GanScorer, GanScores>>;
  /** A finished run's cost: fitting (training) and scoring the split, in milliseconds. */
  timing?: { fitMs: number; scoreMs: number };
  /** The detector learned from items of the test set (a GAN on all digits): no metrics may be reported. */
  trainedOnTest?: boolean;
}

/** Model-ready rows of a run, whatever its source: an image set's split or a table's units. */
export interface SequenceShape {
  steps: number;
  channels: number;
}

export interface TrainingSet {
  featureCount: number;
  /** Row-major features of the fit, validation, test and sample-grid rows. */
  fit: Float32Array;
  validation: Float32Array;
  test: Float32Array;
  samples: Float32Array;
  outputActivation: 'sigmoid' | 'linear';
  /** Items that are sequences: time steps and channels per item (features are step-major). */
  sequence?: SequenceShape;
  /** Items that are square images: their side (a detector may compare them as pictures). */
  imageSide?: number;
  /** Points of a plane to score after every epoch: the 2-D playground's field grid (row-major x, y). */
  field?: Float32Array;
  /** Encoded feature -> original column, for per-column contributions. */
  featureGroups?: { groups: Int32Array; groupCount: number };
  /** 1 where a test row is anomalous (all 0 without labels), for views that colour test items. */
  testIsAnomaly: Uint8Array;
  /**
   * The label budget (split.ts): rows of the labelled anomalies (row-major, never tested), and the
   * positions in `fit` of the normal rows whose label is revealed.
   */
  labels?: { anomalies: Float32Array; normalPositions: Int32Array };
  /**
   * Every item the source holds, test items included, for a GAN told to learn from all of them
   * (`gandata=all`); without it, fit + validation + test.
   */
  everyItem?(): Float32Array;
  /**
   * An id per training position (fit, then validation) and per test position: the same item may be
   * both (an unlabelled table scores every row). Feedback needs it to take a confirmed anomaly out.
   */
  itemIds?: { train: Int32Array; test: Int32Array };
}

/** A run's state at an epoch's end: the detector as a project saves it, and the epochs done. */
export interface RunCheckpoint {
  saved: SavedDetector;
  epoch: number;
}

/** Column attributions of test rows' scores (Shapley values against training rows). */
export interface RowExplanations {
  /** The test rows explained, in order. */
  rows: number[];
  groupCount: number;
  /** Row-major [rows x groupCount]: each column's part of score - baseScore. */
  attributions: Float32Array;
  scores: Float32Array;
  /** Mean score of the baseline training rows. */
  baseScore: number;
  method: 'exact' | 'sampled';
}

export type RunOutcome = LoopOutcome | GanLoopOutcome;
