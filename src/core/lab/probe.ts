import * as tf from '@tensorflow/tfjs';
import { message, MessageError } from '../messages';
import type { LatentProjection } from './latent';
import { projectCode } from './latent';
import { reconstructor, type CurrentDetector } from './currentDetector';

/** What the current detector makes of one item the user drew or edited (the probe). */
export interface ProbeResult {
  /** The detector's anomaly score, on the same scale as the test scores. */
  score: number;
  /** Its reconstruction, where the detector reconstructs (autoencoders, PCA); else null. */
  reconstruction: Float32Array | null;
  /** Where the item lands in the latent scatter (its axes), where the detector encodes; else null. */
  point: [number, number] | null;
  /** Every scorer's score, where the detector has several (a GAN's discriminator and encoder); else null. */
  byScorer: Record<string, number> | null;
}

/**
 * Scores one item with the current detector, never training on it: the probe's canvas, a table
 * row edited by "what if". The item is scored in a batch of its own size, as new files are: a
 * network's fixed batch shape pads it.
 */
export async function probeItem(
  current: CurrentDetector,
  item: Float32Array,
  projection: LatentProjection | null,
  batch: number,
): Promise<ProbeResult> {
  const { detector, tensors } = current;
  if (!detector || !tensors) throw new MessageError(message('err.core.scoreFirst'));
  const width = tensors.test.shape[1];
  if (item.length !== width) throw new MessageError(message('err.core.probeShape', { got: item.length, width }));
  const x = tf.tensor2d(item, [1, width]);
  try {
    const [score] = await detector.score(x, batch);
    const model = reconstructor(current);
    let reconstruction: Float32Array | null = null;
    if (model) {
      const out = tf.tidy(() => model.reconstruct(x));
      reconstruction = (await out.data()) as Float32Array;
      out.dispose();
    }
    let point: [number, number] | null = null;
    if (detector.encode && projection) {
      const code = tf.tidy(() => detector.encode!(x));
      point = projectCode((await code.data()) as Float32Array, projection);
      code.dispose();
    }
    let byScorer: Record<string, number> | null = null;
    if (detector.scoreEach) {
      const each = await detector.scoreEach(x, batch);
      byScorer = Object.fromEntries(Object.entries(each).map(([name, scores]) => [name, scores[0]]));
    }
    return { score, reconstruction, point, byScorer };
  } finally {
    x.dispose();
  }
}
