import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auroc, buildScoreIndex } from '../../detect/metrics';
import { loadClassicalBuilder } from '../builders';
import { fitFreely } from '../classical';
import { specOf, type ModelId } from '../registry';
import type { ClassicalSpec } from '../spec';
import { lloyd, nearestCentroid } from '../kmeans/lloyd';
import { rowsFrom } from './rows';
import { worstRelativeError } from './referenceParity';

/** fixtures/sklearn/<name>.json, written by scripts/sklearn-reference.py with scikit-learn. */
interface Fixture {
  name: string;
  params: Record<string, number>;
  train: number[][];
  test: number[][];
  labels: number[];
  kmeansInit: number[][];
  scores: Record<string, number[]>;
  auroc: Record<string, number>;
}

const fixtures: Fixture[] = ['synthetic', 'wine', 'digits'].map((name) =>
  JSON.parse(readFileSync(join(__dirname, '../../../../fixtures/sklearn', `${name}.json`), 'utf8')),
);

/** Our detector's params for a fixture (k-NN and LOF each have their own k there). */
function paramsFor(fixture: Fixture, id: string): Record<string, number> {
  const { neighbors_knn: knn, neighbors_lof: lof, ...shared } = fixture.params;
  return { ...shared, neighbors: id === 'lof' ? lof : knn };
}

async function ourScores(
  fixture: Fixture,
  id: ModelId,
  seed = 42,
  extra: { params?: Record<string, unknown>; imageSide?: number } = {},
): Promise<Float32Array> {
  const build = await loadClassicalBuilder(specOf(id) as ClassicalSpec);
  const params = { ...paramsFor(fixture, id), ...extra.params };
  const model = build({ inputSize: fixture.train[0].length, seed, params, imageSide: extra.imageSide });
  const train = tf.tensor2d(fixture.train);
  const test = tf.tensor2d(fixture.test);
  await model.fit(train, fitFreely);
  const scores = await model.score(test);
  model.dispose();
  tf.dispose([train, test]);
  return scores;
}

describe('classical detectors against scikit-learn (fixtures/sklearn)', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      it.each(['zscore', 'iqr', 'mahalanobis', 'pca', 'knn', 'lof'] as const)(
        '%s gives the reference scores to 1e-6 relative',
        async (id) => {
          const ours = await ourScores(fixture, id);
          expect(ours).toHaveLength(fixture.test.length);
          expect(worstRelativeError(ours, fixture.scores[id])).toBeLessThan(1e-6);
        },
      );

      // Rows are normalised (and blurred) in float32 on the backend, hence 1e-5 rather than 1e-6.
      it('k-NN with cosine distance gives the reference cosine distances to 1e-5 relative', async () => {
        const ours = await ourScores(fixture, 'knn', 42, { params: { metric: 'cosine' } });
        expect(worstRelativeError(ours, fixture.scores.knn_cosine)).toBeLessThan(1e-5);
        // `auto` on rows that are not images stays Euclidean.
        const auto = await ourScores(fixture, 'knn', 42, { params: { metric: 'auto', blur: 1 } });
        expect(worstRelativeError(auto, fixture.scores.knn)).toBeLessThan(1e-6);
      });

      if (fixture.scores.knn_image) {
        it("k-NN's image defaults (blur sigma 1, cosine) give scipy's blur + scikit-learn's distances to 1e-5", async () => {
          const ours = await ourScores(fixture, 'knn', 42, { imageSide: 8, params: { metric: 'auto', blur: 1 } });
          expect(worstRelativeError(ours, fixture.scores.knn_image)).toBeLessThan(1e-5);
        });
      }

      it('k-means from the same initial centroids converges to the same centroids and distances', () => {
        const train = rowsFrom(fixture.train);
        const test = rowsFrom(fixture.test);
        const centroids = lloyd(train, rowsFrom(fixture.kmeansInit));
        const ours = fixture.test.map((_, r) => Math.sqrt(nearestCentroid(test, r, centroids).distance));
        expect(worstRelativeError(ours, fixture.scores.kmeans)).toBeLessThan(1e-6);
      });

      it.each(['ocsvm', 'kmeans'] as const)(
        "%s (own solver or seeded start) ranks the test rows within 0.02 AUROC of scikit-learn's",
        async (id) => {
          const ours = auroc(buildScoreIndex(await ourScores(fixture, id), fixture.labels));
          expect(Math.abs(ours - fixture.auroc[id]), `${ours} vs ${fixture.auroc[id]}`).toBeLessThan(0.02);
        },
      );

      it("Isolation Forest's mean AUROC over 20 seeds is within 0.02 of scikit-learn's over 20 random states", async () => {
        let sum = 0;
        for (let seed = 0; seed < 20; seed += 1) {
          sum += auroc(buildScoreIndex(await ourScores(fixture, 'iforest', seed), fixture.labels));
        }
        const ours = sum / 20;
        expect(Math.abs(ours - fixture.auroc.iforestMean), `${ours} vs ${fixture.auroc.iforestMean}`).toBeLessThan(
          0.02,
        );
      });
    });
  }
});
