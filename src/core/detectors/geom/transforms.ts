import * as tf from '@tensorflow/tfjs';
import type { TransformSet } from '../transform-shared/transformClassifier';

/** How many transformations: 8 (flip x 4 rotations), 24 (x 3 shifts) or the paper's 72 (x 9 shifts). */
export type GeomSetSize = '8' | '24' | '72';

/**
 * For each transformation, where each output pixel comes from (an index into the flat image, or
 * side*side for a pixel shifted in from outside, which reads as 0): a horizontal flip or not, a
 * rotation by 0, 90, 180 or 270 degrees, then a shift in x and y by a quarter of the side (the
 * paper's 8 of 32 pixels).
 */
export function geomPixelMaps(side: number, size: GeomSetSize): Int32Array[] {
  const s = Math.max(1, Math.round(side / 4));
  const shifts: [number, number][] =
    size === '8'
      ? [[0, 0]]
      : size === '24'
        ? [
            [0, 0],
            [s, 0],
            [0, s],
          ]
        : [-s, 0, s].flatMap((dx) => [-s, 0, s].map((dy) => [dx, dy] as [number, number]));
  const maps: Int32Array[] = [];
  const outside = side * side;
  for (const flip of [false, true]) {
    for (let quarterTurns = 0; quarterTurns < 4; quarterTurns += 1) {
      for (const [dx, dy] of shifts) {
        const map = new Int32Array(side * side);
        for (let y = 0; y < side; y += 1) {
          for (let x = 0; x < side; x += 1) {
            // Undo the shift, then the rotation, then the flip: the source of output pixel (x, y).
            let sx = x - dx;
            let sy = y - dy;
            if (sx < 0 || sy < 0 || sx >= side || sy >= side) {
              map[y * side + x] = outside;
              continue;
            }
            for (let t = 0; t < quarterTurns; t += 1) [sx, sy] = [sy, side - 1 - sx];
            if (flip) sx = side - 1 - sx;
            map[y * side + x] = sy * side + sx;
          }
        }
        maps.push(map);
      }
    }
  }
  return maps;
}

/** The geometric transformations as a TransformSet: one gather per batch through the pixel maps. */
export function geomTransforms(side: number, size: GeomSetSize): TransformSet {
  const maps = geomPixelMaps(side, size);
  const pixels = side * side;
  const table = tf.tensor2d(Int32Array.from(maps.flatMap((m) => Array.from(m))), [maps.length, pixels], 'int32');
  return {
    count: maps.length,
    apply(batch, ids) {
      const rows = batch.shape[0];
      // A zero column at the end of each row is what shifted-in pixels read.
      const padded = tf.concat([batch, tf.zeros([rows, 1])], 1).reshape([-1]);
      const offsets = tf.range(0, rows * (pixels + 1), pixels + 1, 'int32').reshape([rows, 1]);
      const sources = tf.gather(table, ids.toInt()).add(offsets).reshape([-1]);
      return tf.gather(padded, sources).reshape([rows, pixels]) as tf.Tensor2D;
    },
    dispose: () => table.dispose(),
  };
}
