import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeMnistAsset, gatherPixels } from '../data/mnist';
import { classify, digitLikeness } from './classifierScore';

/** The classifier the lab ships in public/classifier, loaded from disk as the worker loads it by URL. */
async function shippedClassifier(): Promise<tf.LayersModel> {
  const json = JSON.parse(readFileSync('public/classifier/model.json', 'utf8'));
  const weights = readFileSync('public/classifier/weights.bin');
  return tf.loadLayersModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: json.weightsManifest[0].weights,
      weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
    }),
  );
}

describe('digit likeness', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('scores confident, evenly spread predictions near the class count and collapsed ones at 1', () => {
    const spread = new Float32Array(100 * 10);
    for (let i = 0; i < 100; i += 1) spread[i * 10 + (i % 10)] = 1;
    expect(digitLikeness(spread).score).toBeCloseTo(10, 5);
    expect(digitLikeness(spread).histogram).toEqual(new Array(10).fill(10));
    const collapsed = new Float32Array(100 * 10);
    for (let i = 0; i < 100; i += 1) collapsed[i * 10 + 3] = 1;
    expect(digitLikeness(collapsed).score).toBeCloseTo(1, 5);
    expect(digitLikeness(collapsed).histogram[3]).toBe(100);
  });

  it('gives a fixed batch of real digits a high score and uniform noise a low one', async () => {
    const classifier = await shippedClassifier();
    const decoded = decodeMnistAsset(readFileSync('public/mnist.bin').buffer.slice(0) as ArrayBuffer);
    if (!decoded.ok) throw new Error(decoded.reason);
    const real = tf.tensor2d(
      gatherPixels(
        decoded.data,
        Int32Array.from({ length: 500 }, (_, i) => i * 20),
      ),
      [500, 784],
    );
    const noise = tf.randomUniform([500, 784], 0, 1, 'float32', 7) as tf.Tensor2D;
    const realScore = digitLikeness(await classify(classifier, real)).score;
    const noiseScore = digitLikeness(await classify(classifier, noise)).score;
    expect(realScore).toBeGreaterThan(7);
    expect(noiseScore).toBeLessThan(2);
    tf.dispose([real, noise]);
    classifier.dispose();
  });
});
