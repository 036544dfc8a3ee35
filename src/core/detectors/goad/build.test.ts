import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeAutoencoderContract } from '../autoencoderContract';
import { buildGoad, randomProjections } from './build';

const options = {
  inputSize: 6,
  layers: [16],
  latent: 1,
  activation: 'relu' as const,
  learningRate: 0.01,
  seed: 8,
  params: { goadtransforms: 8, goaddims: 4 },
};

describeAutoencoderContract('GOAD', buildGoad, options, {
  reconstructs: false,
  mismatched: { ...options, params: { goadtransforms: 9, goaddims: 4 } },
});

describe('GOAD', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('projects each row by its own affine map, the same maps for the same seed', async () => {
    const a = randomProjections(3, 4, 2, 1);
    const b = randomProjections(3, 4, 2, 1);
    const rows = tf.tensor2d([1, 2, 3, 4, 5, 6], [2, 3]);
    const ids = tf.tensor1d([2, 0], 'int32');
    const out = await a.apply(rows, ids).data();
    expect(Array.from(out)).toEqual(Array.from(await b.apply(rows, ids).data()));
    // Row 0 under map 2 equals row 0 projected by every map, block 2.
    const everyMap = await a.apply(rows.slice([0, 0], [1, 3]).tile([4, 1]), tf.tensor1d([0, 1, 2, 3], 'int32')).data();
    expect(Array.from(out.slice(0, 2))).toEqual(Array.from(everyMap.slice(4, 6)));
    a.dispose();
    b.dispose();
  });

  it('scores rows unlike its training rows higher', async () => {
    const model = buildGoad(options);
    const fit = tf.randomNormal([64, 6], 0, 1, 'float32', 3) as tf.Tensor2D;
    for (let step = 0; step < 150; step += 1) model.trainStep(fit).dispose();
    const normal = tf.randomNormal([32, 6], 0, 1, 'float32', 4) as tf.Tensor2D;
    const far = tf.randomNormal([32, 6], 0, 1, 'float32', 5).mul(6) as tf.Tensor2D;
    const mean = async (x: tf.Tensor2D) => (await model.score(x).mean().data())[0];
    expect(await mean(far)).toBeGreaterThan(await mean(normal));
    tf.dispose([fit, normal, far]);
    model.dispose();
  });
});
