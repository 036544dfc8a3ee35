import * as tf from '@tensorflow/tfjs';
import { classifierNetwork } from '../classifierNetwork';
import type { DetectorModel, ModelBuildOptions } from '../model';
import { transformClassifier, type TransformSet } from '../transform-shared/transformClassifier';

/**
 * M seeded random affine maps x -> x W_m + b_m to `dims` values (Gaussian W and b), as one matrix:
 * a batch is projected by every map in one product, and each row keeps its own map's block.
 */
export function randomProjections(inputSize: number, count: number, dims: number, seed: number): TransformSet {
  const weights = tf.randomNormal([inputSize, count * dims], 0, 1, 'float32', seed + 101) as tf.Tensor2D;
  const biases = tf.randomNormal([count * dims], 0, 1, 'float32', seed + 102) as tf.Tensor1D;
  return {
    count,
    apply(batch, ids) {
      const rows = batch.shape[0];
      const all = tf
        .matMul(batch, weights)
        .add(biases)
        .reshape([rows * count, dims]);
      const picked = tf.range(0, rows * count, count, 'int32').add(ids.toInt());
      return tf.gather(all, picked) as tf.Tensor2D;
    },
    dispose: () => tf.dispose([weights, biases]),
  };
}

/** GOAD: an MLP telling a row's random projections apart. */
export function buildGoad(options: ModelBuildOptions): DetectorModel {
  const count = Number(options.params?.goadtransforms ?? 32);
  const dims = Number(options.params?.goaddims ?? 32);
  const transforms = randomProjections(options.inputSize, count, dims, options.seed);
  const network = classifierNetwork({ ...options, inputSize: dims, imageSide: undefined }, count);
  return transformClassifier(network, transforms, options);
}

/** The builder the worker loads for this detector (builders.ts finds it by folder). */
export const build = buildGoad;
