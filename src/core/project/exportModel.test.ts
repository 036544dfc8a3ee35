import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDenseAutoencoder } from '../detectors/dense-ae/build';
import { build as buildConvAutoencoder } from '../detectors/conv-ae/build';
import type { DetectorModel, ModelBuildOptions } from '../detectors/model';
import { layersFiles, loadLayersFiles, type LayersFiles } from './exportModel';

const options = (inputSize: number): ModelBuildOptions => ({
  inputSize,
  layers: [12],
  latent: 4,
  activation: 'relu',
  learningRate: 0.01,
  seed: 3,
});

/** Per-row mean squared error of a loaded model's reconstruction: how the exported scorer scores. */
async function exportedScores(files: LayersFiles, x: tf.Tensor2D): Promise<Float32Array> {
  const loaded = await loadLayersFiles(files);
  const scores = tf.tidy(() => tf.mean(tf.squaredDifference(loaded.predict(x) as tf.Tensor2D, x), 1));
  const values = (await scores.data()) as Float32Array;
  scores.dispose();
  loaded.dispose();
  return values;
}

describe('exporting an autoencoder as a TensorFlow.js model', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it.each([
    ['dense', () => buildDenseAutoencoder(options(16)), 16],
    ['convolutional', () => buildConvAutoencoder(options(64)), 64],
  ] as [string, () => DetectorModel, number][])(
    'the %s model loads back from model.json and its weights file and scores identically',
    async (_name, build, width) => {
      const model = build();
      const x = tf.tensor2d(
        Float32Array.from({ length: 5 * width }, (_, i) => (Math.sin(i) + 1) / 2),
        [5, width],
      );
      model.trainStep(x).dispose();
      const files = await layersFiles(model.network!);
      // As written to disk and read back: JSON text and the bytes of weights.bin.
      const reread: LayersFiles = {
        modelJson: JSON.parse(JSON.stringify(files.modelJson)),
        weights: files.weights.slice(0),
      };
      expect(reread.modelJson.weightsManifest[0].paths).toEqual(['weights.bin']);
      const expected = model.score(x);
      expect(Array.from(await exportedScores(reread, x))).toEqual(Array.from(await expected.data()));
      tf.dispose([x, expected]);
      model.dispose();
    },
  );
});
