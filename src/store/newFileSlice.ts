import type { HistogramBin } from '../core/detect/histogram';
import type { SchemaProblem } from '../core/data/csv/portableEncoder';
import type { ScoredRow } from '../core/lab/scoreFile';

/** A new file scored with the model on screen (no retraining). */
export interface NewFileSlice {
  /** A file whose columns differ from the training data: what differs, before scoring it. */
  schemaCheck: { fileName: string; file: File; problems: SchemaProblem[] } | null;
  newFileProgress: { fileName: string; progress: number } | null;
  scoredFile: {
    fileName: string;
    rows: number;
    scores: Float32Array;
    /** Its highest-scoring rows with their cells, highest first. */
    top: ScoredRow[];
    header: string[];
    histogram: HistogramBin[];
  } | null;
}

export function newFileSlice(): NewFileSlice {
  return { schemaCheck: null, newFileProgress: null, scoredFile: null };
}
