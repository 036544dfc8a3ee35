/** One small multiple of the playground: a detector's field, its scores of the points, AUROC and threshold. */
export interface FieldFigure {
  id: string;
  field: Float32Array;
  testScores: Float32Array;
  auroc: number;
  /** The configured threshold method on this detector's own scores. */
  threshold: number;
}

/** The playground's comparison: every one-pass detector's field on the same points (playground-grid). */
export interface PlaygroundSlice {
  playground: {
    status: 'running' | 'done' | 'stopped';
    /** The detectors asked for, in order; `results` fills as each finishes. */
    ids: string[];
    results: FieldFigure[];
    progress: { id: string; percent: number } | null;
  } | null;
}

export function playgroundSlice(): PlaygroundSlice {
  return { playground: null };
}
