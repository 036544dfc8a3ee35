import { endRowScores, smoothScores } from '../core/detect/smoothing';
import type { LabConfig } from '../core/config';
import type { PreparedTable } from '../core/lab/tableSet';

type ViewConfig = Pick<LabConfig, 'smooth' | 'smoothkind' | 'rowscore'>;

/** Scores smoothed in the time order of their positions, starting afresh after a step longer than `step`. */
function smoothInTimeOrder(
  raw: Float32Array,
  positions: ArrayLike<number>,
  step: number,
  config: ViewConfig,
): Float32Array {
  const order = Array.from({ length: raw.length }, (_, i) => i).sort((a, b) => positions[a] - positions[b] || a - b);
  const ordered = Float32Array.from(order, (i) => raw[i]);
  const breaks = Uint8Array.from(order, (i, k) => (k > 0 && positions[i] - positions[order[k - 1]] > step ? 1 : 0));
  const smoothed = smoothScores(ordered, config.smooth, config.smoothkind, breaks);
  const out = new Float32Array(raw.length);
  order.forEach((i, k) => (out[i] = smoothed[k]));
  return out;
}

/**
 * The scores the detection view shows, test and training alike (the threshold is placed on the
 * training ones). For a series, each window's score becomes that of the row it ends at: the highest
 * (or mean, `rowscore`) of the windows covering that row. Then, for sequence data with `smooth` > 1,
 * scores are smoothed in time order (series rows by position, rows read as sequences by file row),
 * starting afresh after a gap between blocks. Null when the detector's own scores are the view's.
 */
export function viewScores(
  raw: { test: Float32Array; train: Float32Array },
  config: ViewConfig,
  prepared: PreparedTable | null,
): { test: Float32Array; train: Float32Array } | null {
  if (!prepared?.sequence || raw.test.length !== prepared.testRowNumbers.length) return null;
  const series = prepared.series;
  const smooth = config.smooth > 1;
  if (!smooth && !(series && prepared.window > 1)) return null;
  let { test, train } = raw;
  const trainKnown = series !== null && train.length === series.trainStarts.length;
  if (series) {
    test = endRowScores(test, series.testStarts, prepared.window, config.rowscore);
    if (trainKnown) train = endRowScores(train, series.trainStarts, prepared.window, config.rowscore);
  }
  if (smooth) {
    test = smoothInTimeOrder(
      test,
      series ? series.testStarts : prepared.testRowNumbers,
      series ? prepared.stride : Infinity,
      config,
    );
    if (trainKnown) train = smoothInTimeOrder(train, series.trainStarts, prepared.stride, config);
  }
  return { test, train };
}
