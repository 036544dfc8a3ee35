import type { Mark } from '../core/detect/feedback';
import type { LearningPoint } from '../core/detect/learningCurve';

/** The user's marks on items and what was done with them (the feedback loop). */
export interface FeedbackSlice {
  /** Marks by item key (`test:N`, `train:N`), valid for the split they were made on. */
  marks: ReadonlyMap<string, Mark>;
  /** The split key the marks belong to (leaderboardIntents' splitKey). */
  marksSplit: string | null;
  /** The training items the detector finds oddest, for marking (image sets). */
  oddTraining: { positions: number[]; pixels: Uint8Array; labels: Uint8Array } | null;
  /** Before and after a retrain with feedback. */
  feedbackComparison: {
    before: RunSummary;
    after: RunSummary | null;
    /** Test items marked normal that joined the training items: left out of both columns. */
    moved: number;
  } | null;
  /** Retrains with labels of one detector on one split (labelIntents' curveKey): AUROC against the number of labels. */
  learningCurve: { split: string; points: LearningPoint[] } | null;
  /** Whether Retrain with labels also retrains on as many random labels, for the curve's baseline. */
  curveWithRandom: boolean;
}

export interface RunSummary {
  auroc: number;
  auprc: number;
  /** AUROC on the marked test items (known without labels). */
  feedbackAuroc: number;
  flaggedShare: number;
  trainingItems: number;
}

export function feedbackSlice(): FeedbackSlice {
  return {
    marks: new Map(),
    marksSplit: null,
    oddTraining: null,
    feedbackComparison: null,
    learningCurve: null,
    curveWithRandom: true,
  };
}
