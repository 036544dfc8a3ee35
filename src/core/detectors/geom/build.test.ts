import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeAutoencoderContract } from '../autoencoderContract';
import { buildGeom } from './build';
import { geomPixelMaps, geomTransforms } from './transforms';

const options = {
  inputSize: 64,
  imageSide: 8,
  layers: [],
  latent: 1,
  activation: 'relu' as const,
  learningRate: 0.003,
  seed: 2,
  params: { transforms: '8' },
};

describeAutoencoderContract('GEOM', buildGeom, options, {
  reconstructs: false,
  mismatched: { ...options, params: { transforms: '24' } },
});

/** An 8x8 image with an L in the top-left corner (no symmetry: every transformation shows). */
function corners(count: number, seed: number): tf.Tensor2D {
  return tf.tidy(() => {
    const l = new Float32Array(64);
    for (let i = 0; i < 5; i += 1) l[i * 8 + 1] = l[5 * 8 + 1 + i] = 1;
    return tf
      .tensor2d(l, [1, 64])
      .tile([count, 1])
      .add(tf.randomUniform([count, 64], 0, 0.2, 'float32', seed));
  });
}

describe('GEOM', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('has distinct transformations, each a permutation of the pixels that stay in view', () => {
    for (const size of ['8', '24', '72'] as const) {
      const maps = geomPixelMaps(8, size);
      expect(maps).toHaveLength(Number(size));
      expect(new Set(maps.map((m) => m.join(','))).size).toBe(maps.length);
      for (const map of maps) {
        const inView = Array.from(map).filter((source) => source < 64);
        expect(new Set(inView).size).toBe(inView.length);
      }
    }
    // The first is the identity; 4 quarter turns and a flip applied twice come back to it.
    expect(Array.from(geomPixelMaps(8, '8')[0])).toEqual(Array.from({ length: 64 }, (_, i) => i));
  });

  it('moves pixels as a rotation should, and reads shifted-in pixels as 0', async () => {
    const set = geomTransforms(8, '24');
    const image = tf.tensor2d(
      Float32Array.from({ length: 64 }, (_, i) => i + 1),
      [1, 64],
    );
    const under = async (k: number) => Array.from(await set.apply(image, tf.tensor1d([k], 'int32')).data());
    // Transformation 3: a quarter turn, no shift; four of them give the image back.
    let turned = image;
    for (let t = 0; t < 4; t += 1) turned = set.apply(turned, tf.tensor1d([3], 'int32'));
    expect(Array.from(await turned.data())).toEqual(Array.from(await image.data()));
    expect(await under(3)).not.toEqual(await under(0));
    // A shift by 2 in x: the first two columns come from outside.
    const shifted = await under(1);
    expect(shifted[0]).toBe(0);
    expect(shifted[1]).toBe(0);
    expect(shifted[2]).toBe(1);
    set.dispose();
  });

  it('learns the transformations of its images; a rotation-symmetric image scores higher', async () => {
    const model = buildGeom(options);
    const fit = corners(32, 1);
    for (let step = 0; step < 120; step += 1) model.trainStep(fit).dispose();
    const normal = corners(16, 2);
    // A centred plus is the same under every flip and rotation: its transformations cannot be told apart.
    const plus = new Float32Array(64);
    for (let i = 1; i < 7; i += 1) plus[3 * 8 + i] = plus[i * 8 + 3] = plus[4 * 8 + i] = plus[i * 8 + 4] = 1;
    const odd = tf.tensor2d(plus, [1, 64]).tile([16, 1]) as tf.Tensor2D;
    const mean = async (x: tf.Tensor2D) => (await model.score(x).mean().data())[0];
    expect(await mean(odd)).toBeGreaterThan(2 * (await mean(normal)));
    tf.dispose([fit, normal, odd]);
    model.dispose();
  });
});
