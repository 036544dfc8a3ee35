/**
 * The two steps every source shares between its split and the model's rows: scaling values into
 * features (an image's pixels share one range) and gathering units (rows, or windows of rows) of an
 * encoded row-major matrix into one block per set. Image tables (src/core/lab/tableSet.ts) and the
 * bundled image sets (src/core/lab/imageSet.ts) both go through them.
 */

/** How pixels become features: one shared range (a table fits it on its training rows). */
export interface SharedScale {
  center: number;
  spread: number;
}

/**
 * The scale of an image's pixels from their lowest and highest value (one range for every pixel:
 * per-pixel scaling would blow up blank borders). Nothing finite seen: 0-1.
 */
export function sharedImageScale(low: number, high: number): SharedScale {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { center: 0, spread: 1 };
  return { center: low, spread: high > low ? high - low : 1 };
}

/** Rows `rows` of a row-major matrix of `width` values, scaled by one shared scale. */
export function encodeSharedScale(
  values: ArrayLike<number>,
  width: number,
  rows: ArrayLike<number>,
  scale: SharedScale,
): Float32Array {
  const out = new Float32Array(rows.length * width);
  for (let i = 0; i < rows.length; i += 1) {
    const base = rows[i] * width;
    const at = i * width;
    for (let p = 0; p < width; p += 1) out[at + p] = (values[base + p] - scale.center) / scale.spread;
  }
  return out;
}

/**
 * Units gathered from an encoded matrix (`rowWidth` values a row): unit u is `window` rows,
 * rowOf(u, 0) .. rowOf(u, window - 1), laid end to end.
 */
export function gatherUnits(
  encoded: Float32Array,
  rowWidth: number,
  units: ArrayLike<number>,
  window = 1,
  rowOf: (unit: number, step: number) => number = (unit) => unit,
): Float32Array {
  const width = rowWidth * window;
  const out = new Float32Array(units.length * width);
  for (let i = 0; i < units.length; i += 1) {
    for (let k = 0; k < window; k += 1) {
      const row = rowOf(units[i], k);
      out.set(encoded.subarray(row * rowWidth, (row + 1) * rowWidth), i * width + k * rowWidth);
    }
  }
  return out;
}
