import * as tf from '@tensorflow/tfjs';
import { message, MessageError } from '../messages';
import { topContributions } from '../detect/contributions';
import { reconstructor, scorerOf, type CurrentDetector } from './currentDetector';

/** The live monitor scores a frame's new rows: a few at a time, one fixed shape. */
const monitorBatch = 32;

/**
 * Scores a few units as they arrive (the live monitor) in small fixed batches, with the two
 * columns carrying most of each unit's reconstruction error where the detector reconstructs.
 */
export async function scoreArriving(
  current: CurrentDetector,
  features: Float32Array,
  count: number,
): Promise<{ scores: Float32Array; drivers: Int32Array }> {
  const score = scorerOf(current, monitorBatch);
  if (!score) throw new MessageError(message('err.core.scoreFirst'));
  const x = tf.tensor2d(features, [count, features.length / count]);
  try {
    const scores = await score(x);
    const model = reconstructor(current);
    const groups = current.featureGroups;
    if (!model || !groups) return { scores, drivers: new Int32Array(count * 2).fill(-1) };
    const top = await topContributions(model, x, groups.groups, groups.groupCount, monitorBatch, 2);
    return { scores, drivers: top.columns };
  } finally {
    x.dispose();
  }
}

/** A test item as the detector sees it and its reconstruction (null without one): the sequence chart. */
export async function reconstructTestItem(
  current: CurrentDetector,
  position: number,
): Promise<{ input: Float32Array; output: Float32Array | null }> {
  const { tensors } = current;
  if (!tensors || position < 0 || position >= tensors.test.shape[0]) {
    throw new MessageError(message('err.core.scoreFirst'));
  }
  const item = tensors.test.slice([position, 0], [1, tensors.test.shape[1]]);
  try {
    const input = (await item.data()) as Float32Array;
    const model = reconstructor(current);
    if (!model) return { input, output: null };
    const reconstruction = tf.tidy(() => model.reconstruct(item));
    const output = (await reconstruction.data()) as Float32Array;
    reconstruction.dispose();
    return { input, output };
  } finally {
    item.dispose();
  }
}
