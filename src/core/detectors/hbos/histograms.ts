import type { Rows } from '../classical-shared/rows';

/**
 * Each training column as a histogram of equal-width bins over its range, with heights scaled so the
 * tallest bin is 1 (Goldstein and Dengel 2012): a value's height says how common its neighbourhood
 * is in that column, whatever the column's units.
 */
export interface ColumnHistograms {
  bins: number;
  width: number;
  /** Column c's bin edges are edges[c * (bins + 1)] .. edges[c * (bins + 1) + bins]. */
  edges: Float64Array;
  /** Column c's bin heights are heights[c * bins] .. heights[c * bins + bins - 1], the tallest 1. */
  heights: Float64Array;
}

/**
 * Bins over [min, max] of each column, edges placed as numpy's histogram places them (min + k * step,
 * the last exactly max; a constant column spans its value +- 0.5), so counts match it edge for edge.
 */
export function fitHistograms(rows: Rows, bins: number): ColumnHistograms {
  const { data, count, width } = rows;
  const edges = new Float64Array(width * (bins + 1));
  const heights = new Float64Array(width * bins);
  const counts = new Float64Array(bins);
  for (let c = 0; c < width; c += 1) {
    let low = Infinity;
    let high = -Infinity;
    for (let r = 0; r < count; r += 1) {
      const v = data[r * width + c];
      if (v < low) low = v;
      if (v > high) high = v;
    }
    if (low === high) [low, high] = [low - 0.5, high + 0.5];
    const step = (high - low) / bins;
    const own = edges.subarray(c * (bins + 1), (c + 1) * (bins + 1));
    for (let k = 0; k < bins; k += 1) own[k] = k * step + low;
    own[bins] = high;
    counts.fill(0);
    for (let r = 0; r < count; r += 1) counts[binOf(own, data[r * width + c])] += 1;
    const tallest = Math.max(...counts);
    for (let k = 0; k < bins; k += 1) heights[c * bins + k] = counts[k] / tallest;
  }
  return { bins, width, edges, heights };
}

/** The bin of a value inside the edges: edges[k] <= value < edges[k + 1], the last bin closed. */
function binOf(edges: Float64Array, value: number): number {
  const bins = edges.length - 1;
  let low = 0;
  let high = bins;
  // The last edge at or below the value.
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if (edges[middle] <= value) low = middle;
    else high = middle;
  }
  return Math.min(low, bins - 1);
}

/**
 * The height a value reaches in column c. A value outside the training range by at most `tolerance`
 * of a bin's width counts in the edge bin (a new row a hair past the extremes is not odd); one
 * further out has height 0, rarer than anything the training rows showed.
 */
export function heightOf(histograms: ColumnHistograms, c: number, value: number, tolerance: number): number {
  const { bins } = histograms;
  const edges = histograms.edges.subarray(c * (bins + 1), (c + 1) * (bins + 1));
  const heights = histograms.heights.subarray(c * bins, (c + 1) * bins);
  if (value < edges[0]) return edges[0] - value <= tolerance * (edges[1] - edges[0]) ? heights[0] : 0;
  if (value > edges[bins]) {
    return value - edges[bins] <= tolerance * (edges[bins] - edges[bins - 1]) ? heights[bins - 1] : 0;
  }
  // NaN compares false both ways above and lands here: treat it as unseen.
  return Number.isNaN(value) ? 0 : heights[binOf(edges, value)];
}
