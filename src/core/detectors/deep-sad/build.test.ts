import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeAutoencoderContract } from '../autoencoderContract';
import { buildDeepSvdd } from '../deep-svdd/build';
import type { DetectorModel } from '../model';
import { buildDeepSad } from './build';

const options = {
  inputSize: 12,
  layers: [8],
  latent: 4,
  activation: 'relu' as const,
  learningRate: 0.01,
  seed: 4,
  params: { eta: 1 },
};
const labels = [0, 0, 0, 1, 0, 0, -1, -1];

describeAutoencoderContract('Deep SAD on rows', buildDeepSad, options, { reconstructs: false, labels });
describeAutoencoderContract(
  'Deep SAD on images',
  buildDeepSad,
  { ...options, inputSize: 64, imageSide: 8 },
  {
    reconstructs: false,
    labels,
  },
);

async function trainedScores(
  model: DetectorModel,
  fit: tf.Tensor2D,
  test: tf.Tensor2D,
  fitLabels?: Float32Array,
): Promise<number[]> {
  await model.begin!(fit, fit.shape[0], fitLabels);
  const y = fitLabels && tf.tensor1d(fitLabels);
  for (let step = 0; step < 40; step += 1) model.trainStep(fit, undefined, y).dispose();
  y?.dispose();
  const scores = model.score(test);
  const values = Array.from(await scores.data());
  scores.dispose();
  model.dispose();
  return values;
}

describe('Deep SAD', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('equals Deep SVDD without labels whatever eta, and with eta 1 on labelled normal rows', async () => {
    const fit = tf.randomNormal([32, 12], 0, 1, 'float32', 11) as tf.Tensor2D;
    const test = tf.randomNormal([16, 12], 0, 1, 'float32', 12) as tf.Tensor2D;
    const svdd = await trainedScores(buildDeepSvdd(options), fit, test);
    expect(await trainedScores(buildDeepSad({ ...options, params: { eta: 0 } }), fit, test)).toEqual(svdd);
    expect(await trainedScores(buildDeepSad(options), fit, test, new Float32Array(32))).toEqual(svdd);
    // With eta 1 a labelled normal row weighs as an unlabelled one does (its distance; the epsilon is a constant).
    const someNormal = new Float32Array(32).fill(1, 0, 8);
    expect(await trainedScores(buildDeepSad(options), fit, test, someNormal)).toEqual(svdd);
    // With eta 0 labelled rows count for nothing: here, eight fewer rows pull on the centre.
    expect(await trainedScores(buildDeepSad({ ...options, params: { eta: 0 } }), fit, test, someNormal)).not.toEqual(
      svdd,
    );
    tf.dispose([fit, test]);
  });

  it('pushes labelled anomalies away from the centre: their kind scores higher than without labels', async () => {
    const normal = tf.randomNormal([60, 12], 0, 1, 'float32', 21);
    // Anomalies: a shifted cluster; four of them labelled, the rest held out and scored.
    const anomalies = tf.randomNormal([24, 12], 0, 1, 'float32', 22).add(tf.fill([24, 12], 0.8));
    const labelled = anomalies.slice([0, 0], [4, 12]);
    const heldOut = anomalies.slice([4, 0], [20, 12]) as tf.Tensor2D;
    const normalTest = tf.randomNormal([20, 12], 0, 1, 'float32', 23);
    const fit = tf.concat([normal, labelled]) as tf.Tensor2D;
    const test = tf.concat([normalTest, heldOut]) as tf.Tensor2D;
    const fitLabels = new Float32Array(64).fill(-1, 60);
    // The same rows without the anomalies' labels: Deep SVDD on all of them.
    const gap = (scores: number[]) =>
      scores.slice(20).reduce((a, b) => a + b, 0) / 20 - scores.slice(0, 20).reduce((a, b) => a + b, 0) / 20;
    const unlabelled = await trainedScores(buildDeepSad(options), fit, test, new Float32Array(64));
    const withLabels = await trainedScores(buildDeepSad(options), fit, test, fitLabels);
    expect(gap(withLabels)).toBeGreaterThan(gap(unlabelled));
    tf.dispose([normal, anomalies, labelled, heldOut, normalTest, fit, test]);
  });
});
