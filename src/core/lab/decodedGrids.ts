import * as tf from '@tensorflow/tfjs';
import type { DetectorModel } from '../detectors/model';

/** What a generative autoencoder makes of codes it was not given by an item. */
export interface DecodedGrids {
  /** `priorCount` items decoded from codes drawn from N(0, I), row-major. */
  prior: Float32Array;
  /** At latent 2: a `manifoldSide` x `manifoldSide` grid over the latent plane, top row first; else null. */
  manifold: Float32Array | null;
}

export const priorCount = 32;
export const manifoldSide = 10;
/** The manifold grid spans -2..2 standard deviations of the prior on both axes (95% of its mass per axis). */
const manifoldReach = 2;

/** Codes of the manifold grid: x left to right, y top (high) to bottom (low). */
export function manifoldCodes(side = manifoldSide, reach = manifoldReach): Float32Array {
  const codes = new Float32Array(side * side * 2);
  const at = (i: number) => -reach + (2 * reach * i) / (side - 1);
  for (let row = 0; row < side; row += 1) {
    for (let col = 0; col < side; col += 1) {
      codes[(row * side + col) * 2] = at(col);
      codes[(row * side + col) * 2 + 1] = at(side - 1 - row);
    }
  }
  return codes;
}

/**
 * The prior grid (the same seeded codes every epoch, so the grid shows learning, not new draws)
 * and, for a 2-D latent space, the manifold grid; null for a model that cannot decode.
 */
export async function decodedGrids(model: DetectorModel, seed: number): Promise<DecodedGrids | null> {
  const { decode, latentSize } = model;
  if (!decode || !latentSize) return null;
  const prior = tf.tidy(() => decode(tf.randomNormal([priorCount, latentSize], 0, 1, 'float32', seed + 31)));
  const manifold =
    latentSize === 2 ? tf.tidy(() => decode(tf.tensor2d(manifoldCodes(), [manifoldSide * manifoldSide, 2]))) : null;
  const values = {
    prior: (await prior.data()) as Float32Array,
    manifold: manifold ? ((await manifold.data()) as Float32Array) : null,
  };
  tf.dispose([prior, ...(manifold ? [manifold] : [])]);
  return values;
}
