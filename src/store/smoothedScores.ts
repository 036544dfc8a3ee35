import { smoothScores } from '../core/detect/smoothing';
import type { LabConfig } from '../core/config';
import type { PreparedTable } from '../core/lab/tableSet';

/**
 * The test scores the detection view shows: as the detector gave them, or for sequence data with
 * `smooth` > 1 smoothed in time order (series windows by their start, rows read as sequences by
 * their file row), starting afresh after a gap between the test blocks of a series.
 */
export function viewScores(
  raw: Float32Array,
  config: Pick<LabConfig, 'smooth' | 'smoothkind'>,
  prepared: PreparedTable | null,
): Float32Array | null {
  if (!(config.smooth > 1) || !prepared?.sequence || raw.length !== prepared.testRowNumbers.length) return null;
  const positions = prepared.series ? prepared.series.testStarts : prepared.testRowNumbers;
  const order = Array.from(positions.keys()).sort((a, b) => positions[a] - positions[b] || a - b);
  const ordered = Float32Array.from(order, (i) => raw[i]);
  const step = prepared.series ? prepared.stride : Infinity;
  const breaks = Uint8Array.from(order, (i, k) => (k > 0 && positions[i] - positions[order[k - 1]] > step ? 1 : 0));
  const smoothed = smoothScores(ordered, config.smooth, config.smoothkind, breaks);
  const out = new Float32Array(raw.length);
  order.forEach((i, k) => (out[i] = smoothed[k]));
  return out;
}
