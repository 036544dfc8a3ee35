/** Each cell's rank among the field's scores, 0 (lowest) to 1: computed once per field, not per threshold. */
export function fieldRanks(field: Float32Array): Float32Array {
  const order = Array.from(field.keys()).sort((a, b) => field[a] - field[b]);
  const rank = new Float32Array(field.length);
  order.forEach((cell, r) => (rank[cell] = r / Math.max(1, order.length - 1)));
  return rank;
}

/**
 * A score field as colours: each cell's score ranked among the field's own scores (so a detector
 * whose scores span orders of magnitude still shows its shape), from pale (normal) to deep orange
 * (anomalous); cells above the threshold are drawn darker, so the threshold's contour reads without
 * colour too.
 */
export function fieldImage(
  field: Float32Array,
  rank: Float32Array,
  side: number,
  threshold: number,
): Uint8ClampedArray {
  const out = new Uint8ClampedArray(side * side * 4);
  for (let cell = 0; cell < side * side; cell += 1) {
    const v = rank[cell];
    const flagged = field[cell] > threshold;
    const shade = flagged ? 0.75 : 1;
    // White-blue for low scores to orange for high ones.
    out[cell * 4] = Math.round((235 + 14 * v) * shade);
    out[cell * 4 + 1] = Math.round((242 - 130 * v) * shade);
    out[cell * 4 + 2] = Math.round((250 - 228 * v) * shade);
    out[cell * 4 + 3] = 255;
  }
  return out;
}

/** Whether a cell is on the threshold's contour: flagged, with an unflagged neighbour (4-connected). */
export function contourCells(field: Float32Array, side: number, threshold: number): number[] {
  const flagged = (i: number, j: number) => field[i * side + j] > threshold;
  const cells: number[] = [];
  for (let i = 0; i < side; i += 1) {
    for (let j = 0; j < side; j += 1) {
      if (!flagged(i, j)) continue;
      const edge =
        (i > 0 && !flagged(i - 1, j)) ||
        (i < side - 1 && !flagged(i + 1, j)) ||
        (j > 0 && !flagged(i, j - 1)) ||
        (j < side - 1 && !flagged(i, j + 1));
      if (edge) cells.push(i * side + j);
    }
  }
  return cells;
}
