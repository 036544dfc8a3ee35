import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClassicalBuildOptions, ClassicalModel } from '../classical';
import { fitFreely } from '../classical';

/** The splits the reference scripts read (fixtures/sklearn/<name>.json): rows only are used here. */
interface Split {
  train: number[][];
  test: number[][];
}

/** What a detector folder's reference.py writes (reference.json): scores per split. */
type Reference = Record<string, { test: number[]; train?: number[] }>;

const splitsDir = join(__dirname, '../../../../fixtures/sklearn');

/** The largest deviation, relative to the reference value or, near 0, to the reference's typical size. */
export function worstRelativeError(ours: ArrayLike<number>, reference: readonly number[]): number {
  const typical = reference.reduce((sum, v) => sum + Math.abs(v), 0) / reference.length;
  let worst = 0;
  reference.forEach((v, i) => {
    worst = Math.max(worst, Math.abs(ours[i] - v) / Math.max(Math.abs(v), typical));
  });
  return worst;
}

/**
 * Tests a classical detector against the scores its folder's reference.py wrote to `file` (a script
 * written from the paper, run by hand) with the same `params`: for each split, the test rows' scores and, where the reference has
 * them, the training rows' own scores, to `tolerance` relative. Imported by build tests only.
 */
export function describeReferenceParity(
  name: string,
  build: (options: ClassicalBuildOptions) => ClassicalModel,
  file: string,
  params: Record<string, unknown> = {},
  tolerance = 1e-6,
): void {
  const reference: Reference = JSON.parse(readFileSync(file, 'utf8'));
  describe(`${name} against its reference script (${basename(file)})`, () => {
    beforeAll(async () => {
      await tf.setBackend('cpu');
    });
    it.each(Object.keys(reference))(`%s: scores equal the reference to ${tolerance} relative`, async (splitName) => {
      const split: Split = JSON.parse(readFileSync(join(splitsDir, `${splitName}.json`), 'utf8'));
      const expected = reference[splitName];
      const model = build({ inputSize: split.train[0].length, seed: 1, params });
      const train = tf.tensor2d(split.train);
      const test = tf.tensor2d(split.test);
      await model.fit(train, fitFreely);
      const scores = await model.score(test);
      expect(scores).toHaveLength(expected.test.length);
      expect(worstRelativeError(scores, expected.test)).toBeLessThan(tolerance);
      if (expected.train) {
        const own = (await model.trainingScores?.()) ?? (await model.score(train));
        expect(worstRelativeError(own, expected.train)).toBeLessThan(tolerance);
      }
      model.dispose();
      tf.dispose([train, test]);
    });
  });
}
