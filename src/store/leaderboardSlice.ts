import type { SplitScores } from '../core/detectors/ensemble/combine';

/** One detector run on a split: its metrics, costs and scores, for the leaderboard. */
export interface DetectorRecord {
  /** The training and test sets it belongs to (splitSelectors' recordSplitKey): only like is compared with like. */
  splitKey: string;
  /** Unique on a split: the model id, `<model>·<scorer>` for a GAN scorer, `ensemble:<ids>` for a picked ensemble. */
  id: string;
  /** As shown. */
  detector: string;
  auroc: number;
  auprc: number;
  f1: number;
  /** Its own label-free threshold (mean + 2 std of its training scores). */
  threshold: number;
  /** Share of the test rows above that threshold (known without labels). */
  flaggedShare: number;
  /** Why the numbers are not shown: no labels, or metrics refused for this run. */
  unavailable: string | null;
  fitMs: number | null;
  scoreMs: number | null;
  scores: SplitScores;
  /** A picked ensemble: the ids it averages. */
  members?: string[];
}

export type LeaderboardColumn = 'detector' | 'auroc' | 'auprc' | 'f1' | 'fitMs' | 'scoreMs';

export interface LeaderboardSlice {
  detectorRecords: DetectorRecord[];
  /** Ids of the rows picked for the ROC overlay and the ensemble. */
  leaderboardPicks: string[];
  leaderboardSort: { column: LeaderboardColumn; descending: boolean };
  /** The record whose scores the detection view shows, when it is not the model just trained. */
  shownRecord: string | null;
  /** While "Run all classical" works: the detector being fitted and how far. */
  classicalProgress: { detector: string; percent: number; done: number; total: number } | null;
}

export function leaderboardSlice(): LeaderboardSlice {
  return {
    detectorRecords: [],
    leaderboardPicks: [],
    leaderboardSort: { column: 'auroc', descending: true },
    shownRecord: null,
    classicalProgress: null,
  };
}
