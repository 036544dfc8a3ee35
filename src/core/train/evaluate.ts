import * as tf from '@tensorflow/tfjs';
import type { DetectorModel } from '../detectors/model';

/**
 * Runs `fn` over `x` in fixed-size chunks (the last one zero-padded) and concatenates the
 * per-sample results. Fixed shapes let the GPU backends reuse pooled buffers; the result is
 * read back once, asynchronously.
 */
export async function mapInFixedBatches(
  x: tf.Tensor2D,
  batchSize: number,
  fn: (batch: tf.Tensor2D) => tf.Tensor1D,
): Promise<Float32Array> {
  const count = x.shape[0];
  if (count === 0) return new Float32Array(0);
  const pieces: tf.Tensor1D[] = [];
  for (let start = 0; start < count; start += batchSize) {
    const size = Math.min(batchSize, count - start);
    pieces.push(
      tf.tidy(() => {
        let batch = x.slice([start, 0], [size, x.shape[1]]);
        if (size < batchSize)
          batch = batch.pad([
            [0, batchSize - size],
            [0, 0],
          ]);
        return fn(batch).slice(0, size);
      }),
    );
  }
  const all = tf.concat(pieces);
  pieces.forEach((t) => t.dispose());
  const values = (await all.data()) as Float32Array;
  all.dispose();
  return values;
}

/** Anomaly scores for every row of `x`. */
export function scoreAll(model: DetectorModel, x: tf.Tensor2D, batchSize: number): Promise<Float32Array> {
  return mapInFixedBatches(x, batchSize, (batch) => model.score(batch));
}

/** Mean training objective over `x` (the anomaly score unless the model has an objective of its own). */
export async function meanObjective(model: DetectorModel, x: tf.Tensor2D, batchSize: number): Promise<number> {
  const objective = model.objective?.bind(model);
  const scores = objective ? await mapInFixedBatches(x, batchSize, objective) : await scoreAll(model, x, batchSize);
  let sum = 0;
  for (const s of scores) sum += s;
  return scores.length ? sum / scores.length : Number.NaN;
}

/** A scorer's output on a split: the test set, and the training parts (fit, then validation) end to end. */
export async function scoreSplit(
  score: (x: tf.Tensor2D) => Promise<Float32Array>,
  test: tf.Tensor2D,
  trainParts: tf.Tensor2D[],
): Promise<{ testScores: Float32Array; trainScores: Float32Array }> {
  const testScores = await score(test);
  const parts: Float32Array[] = [];
  for (const x of trainParts) parts.push(await score(x));
  const trainScores = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    trainScores.set(p, offset);
    offset += p.length;
  }
  return { testScores, trainScores };
}
