import * as tf from '@tensorflow/tfjs';
import { shapleyAttribution, type RowScorer } from '../explain/shapley';
import { createRandom, shuffleInPlace } from '../random';
import type { RowExplanations, TrainingSet } from './sessionTypes';

/** Training rows each explanation is measured against (more: steadier, slower; 2^columns x this many rows scored). */
const baselineRows = 24;

/**
 * Shapley attributions (explain/shapley.ts) of a detector's score to the table's columns, for rows
 * given as encoded values (row-major), against a seeded sample of training rows.
 */
export async function explainEncoded(
  scoreTensor: (x: tf.Tensor2D) => Promise<Float32Array>,
  fitRows: tf.Tensor2D,
  featureGroups: NonNullable<TrainingSet['featureGroups']>,
  items: Float32Array,
  seed: number,
): Promise<Omit<RowExplanations, 'rows'>> {
  const width = fitRows.shape[1];
  const score: RowScorer = async (rows, count) => {
    const x = tf.tensor2d(rows, [count, width]);
    try {
      return await scoreTensor(x);
    } finally {
      x.dispose();
    }
  };
  const fit = (await fitRows.data()) as Float32Array;
  const picked = shuffleInPlace(
    Array.from({ length: fitRows.shape[0] }, (_, i) => i),
    createRandom(seed ^ 0xba5e),
  ).slice(0, baselineRows);
  const baseline = new Float32Array(picked.length * width);
  picked.forEach((r, i) => baseline.set(fit.subarray(r * width, (r + 1) * width), i * width));
  const { groups, groupCount } = featureGroups;
  const count = items.length / width;
  const out: Omit<RowExplanations, 'rows'> = {
    groupCount,
    attributions: new Float32Array(count * groupCount),
    scores: new Float32Array(count),
    baseScore: Number.NaN,
    method: 'exact',
  };
  for (let i = 0; i < count; i += 1) {
    const row = items.slice(i * width, (i + 1) * width);
    const result = await shapleyAttribution(score, row, baseline, groups, groupCount, { seed });
    out.attributions.set(result.columns, i * groupCount);
    out.scores[i] = result.score;
    out.baseScore = result.baseScore;
    out.method = result.method;
  }
  return out;
}

/** The same for test rows, by position in the test set. */
export async function explainRows(
  scoreTensor: (x: tf.Tensor2D) => Promise<Float32Array>,
  tensors: { fit: tf.Tensor2D; test: tf.Tensor2D },
  featureGroups: NonNullable<TrainingSet['featureGroups']>,
  testRows: readonly number[],
  seed: number,
): Promise<RowExplanations> {
  const width = tensors.test.shape[1];
  const test = (await tensors.test.data()) as Float32Array;
  const items = new Float32Array(testRows.length * width);
  testRows.forEach((r, i) => items.set(test.subarray(r * width, (r + 1) * width), i * width));
  const explained = await explainEncoded(scoreTensor, tensors.fit, featureGroups, items, seed);
  return { rows: [...testRows], ...explained };
}
