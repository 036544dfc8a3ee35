import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auroc, buildScoreIndex } from '../../detect/metrics';
import { describeAutoencoderContract } from '../autoencoderContract';
import { buildClassifier } from './build';

const rowOptions = { inputSize: 6, layers: [8], latent: 1, activation: 'relu' as const, learningRate: 0.01, seed: 5 };
const labels = [0, 0, 0, 0, 1, 0, -1, -1];

describeAutoencoderContract('classifier on rows', buildClassifier, rowOptions, {
  reconstructs: false,
  labels,
  mismatched: { ...rowOptions, layers: [9] },
});
describeAutoencoderContract(
  'classifier on images',
  buildClassifier,
  { ...rowOptions, inputSize: 64, imageSide: 8, learningRate: 0.001 },
  {
    reconstructs: false,
    labels,
    mismatched: { ...rowOptions, inputSize: 144, imageSide: 12 },
  },
);

describe('supervised classifier', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('weighs each class as half of the loss, from the labels it begins with', async () => {
    const model = buildClassifier(rowOptions);
    const fit = tf.zeros([10, 6]) as tf.Tensor2D;
    await model.begin!(fit, 10, Float32Array.from([0, 0, 0, 0, 0, 0, 0, 1, -1, -1]));
    const weights = model.weights();
    // 10 rows, 2 anomalies: normal rows weigh 10 / 16, anomalies 10 / 4.
    expect(Array.from(await weights[weights.length - 1].data())).toEqual([0.625, 2.5]);
    fit.dispose();
    model.dispose();
  });

  it('learns from a few labelled anomalies to rank unseen ones first', async () => {
    const model = buildClassifier(rowOptions);
    // Anomalies have a large first feature; 6 of 200 training rows are labelled anomalies.
    const makeRows = (count: number, anomalies: number, seed: number) =>
      tf.tidy(() => {
        const x = tf.randomNormal([count, 6], 0, 1, 'float32', seed);
        const shift = tf.concat([
          tf.zeros([count - anomalies, 6]),
          tf.fill([anomalies, 6], 0).add(tf.oneHot(tf.fill([anomalies], 0, 'int32'), 6).mul(4)),
        ]);
        return x.add(shift) as tf.Tensor2D;
      });
    const fit = makeRows(200, 6, 31);
    const fitLabels = new Float32Array(200).fill(-1, 194);
    await model.begin!(fit, 50, fitLabels);
    const y = tf.tensor1d(fitLabels);
    for (let epoch = 0; epoch < 60; epoch += 1) model.trainStep(fit, undefined, y).dispose();
    const test = makeRows(100, 20, 32);
    const scores = await model.score(test).data();
    const isAnomaly = new Uint8Array(100).fill(1, 80);
    expect(auroc(buildScoreIndex(Float32Array.from(scores), isAnomaly))).toBeGreaterThan(0.9);
    expect(Array.from(scores).every((s) => s >= 0 && s <= 1)).toBe(true);
    tf.dispose([fit, y, test]);
    model.dispose();
  });
});
