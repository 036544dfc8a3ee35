import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auroc, buildScoreIndex } from '../detect/metrics';
import type { ClassicalBuildOptions, ClassicalModel, FitControl } from './classical';
import { decodePlain, encodePlain } from '../project/plainData';

/** Two Gaussian-ish clusters of normal rows in 6 features (deterministic), and rows far from both. */
function clusteredRows(count: number, phase: number): number[][] {
  return Array.from({ length: count }, (_, i) => {
    const centre = i % 2 === 0 ? 0 : 4;
    return Array.from({ length: 6 }, (_, f) => centre + Math.sin(i * 1.7 + f * 2.3 + phase) * 0.8);
  });
}
const farRows = (count: number) =>
  Array.from({ length: count }, (_, i) => Array.from({ length: 6 }, (_, f) => 2 + (f % 2 ? 7 : -5) * (1 + i / count)));

const free: FitControl = { progress: async () => true };

async function reconstructionOf(model: ClassicalModel, x: tf.Tensor2D): Promise<number[][]> {
  const reconstruction = tf.tidy(() => model.reconstruct!(x));
  const values = await reconstruction.array();
  reconstruction.dispose();
  return values;
}

/**
 * What every classical (one-pass) detector must do, as tests its folder runs with its own builder
 * (imported by `<folder>/build.test.ts` only; never part of the app).
 */
export function describeClassicalContract(
  name: string,
  build: (options: ClassicalBuildOptions) => ClassicalModel,
  params: Record<string, unknown> = {},
): void {
  const options = { inputSize: 6, seed: 7, params };

  describe(`${name}: the classical detector contract`, () => {
    beforeAll(async () => {
      await tf.setBackend('cpu');
    });

    it('fits in one pass, reports progress up to 1, and scores far rows above normal ones', async () => {
      const model = build(options);
      const train = tf.tensor2d(clusteredRows(120, 0));
      const test = tf.tensor2d([...clusteredRows(30, 0.5), ...farRows(10)]);
      const seen: number[] = [];
      await model.fit(train, { progress: async (f) => (seen.push(f), true) });
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.at(-1)).toBe(1);
      const scores = await model.score(test);
      expect(scores).toHaveLength(40);
      expect(scores.every(Number.isFinite)).toBe(true);
      const isFar = Uint8Array.from({ length: 40 }, (_, i) => (i >= 30 ? 1 : 0));
      expect(auroc(buildScoreIndex(scores, isFar))).toBeGreaterThan(0.95);
      const own = (await model.trainingScores?.()) ?? (await model.score(train));
      expect(own).toHaveLength(120);
      expect(own.every(Number.isFinite)).toBe(true);
      tf.dispose([train, test]);
      model.dispose();
    });

    it('holds a constant number of tensors over fits and scores, and none after dispose', async () => {
      const before = tf.memory().numTensors;
      const model = build(options);
      const train = tf.tensor2d(clusteredRows(60, 1));
      await model.fit(train, free);
      await model.score(train);
      const settled = tf.memory().numTensors;
      for (let i = 0; i < 3; i += 1) {
        await model.fit(train, free);
        await model.score(train);
        expect(tf.memory().numTensors).toBe(settled);
      }
      model.dispose();
      train.dispose();
      expect(tf.memory().numTensors).toBe(before);
    });

    it('gives finite scores with a constant column, and a clear message or finite scores for identical rows', async () => {
      const model = build(options);
      const constantColumn = tf.tensor2d(clusteredRows(60, 2).map((row) => [...row.slice(0, 5), 3]));
      await model.fit(constantColumn, free);
      const probe = tf.tensor2d([...clusteredRows(5, 3), [9, 9, 9, 9, 9, 4]]);
      expect((await model.score(probe)).every(Number.isFinite)).toBe(true);
      const identical = tf.tensor2d(Array.from({ length: 60 }, () => [1, 2, 3, 4, 5, 6]));
      try {
        await model.fit(identical, free);
        expect((await model.score(probe)).every(Number.isFinite)).toBe(true);
      } catch (error) {
        expect((error as Error).message).toMatch(/row/);
      }
      tf.dispose([constantColumn, probe, identical]);
      model.dispose();
    });

    it('saves its fitted state; a fresh build loaded from it (through the project file codec) scores identically', async () => {
      const model = build(options);
      const train = tf.tensor2d(clusteredRows(80, 5));
      const test = tf.tensor2d([...clusteredRows(20, 6), ...farRows(5)]);
      await expect(model.save()).rejects.toThrow(/Fit/);
      await model.fit(train, free);
      const expected = await model.score(test);
      const expectedReconstruction = model.reconstruct && (await reconstructionOf(model, test));
      const state = decodePlain(JSON.parse(JSON.stringify(encodePlain(await model.save()))));
      model.dispose();
      train.dispose();
      const before = tf.memory().numTensors;
      const reopened = build(options);
      reopened.load(state);
      expect(Array.from(await reopened.score(test))).toEqual(Array.from(expected));
      if (expectedReconstruction) expect(await reconstructionOf(reopened, test)).toEqual(expectedReconstruction);
      if (model.trainingScores) expect((await reopened.trainingScores!()).length).toBe(80);
      reopened.dispose();
      expect(tf.memory().numTensors).toBe(before);
      test.dispose();
    });

    it('stops when the run is stopped, and then refuses to score', async () => {
      const model = build(options);
      const train = tf.tensor2d(clusteredRows(60, 4));
      await model.fit(train, { progress: async () => false });
      // A fit told to stop may finish a last cheap step; either way it must not leave tensors behind on dispose.
      model.dispose();
      await expect(model.score(train)).rejects.toThrow(/Fit/);
      train.dispose();
    });
  });
}
