import * as tf from '@tensorflow/tfjs';
import { adam } from '../engine/fusedAdam';
import { denseStack, denseTrainingStep } from '../engine/denseTrainingStep';
import { engineInUse } from '../engine/engineChoice';
import type { DetectorModel } from './model';

/**
 * The part every reconstruction autoencoder shares once its layers are stacked: Adam on the
 * mean squared error between target and reconstruction, scored per sample by the same error,
 * the code read from the first `codeLayers` layers, weights for checkpoints.
 */
export function reconstructionDetector(
  network: tf.Sequential,
  options: { inputSize: number; learningRate: number; codeLayers: number },
): DetectorModel {
  const optimizer = adam(options.learningRate);
  const variables = network.trainableWeights.map((w) => w.read() as tf.Variable);
  const reconstruct = (batch: tf.Tensor2D) => network.apply(batch) as tf.Tensor2D;
  const encoderLayers = network.layers.slice(0, options.codeLayers);
  // A stack of dense layers trains with its gradients written out (fewer kernels); others on the tape,
  // as every network does on TensorFlow.js's own engine (the benchmark's baseline, engineChoice.ts).
  const dense = engineInUse() === 'lab' ? denseStack(network) : null;
  return {
    inputSize: options.inputSize,
    trainStep(input, target = input) {
      if (dense) return denseTrainingStep(dense, optimizer, input, target);
      const loss = optimizer.minimize(
        () => tf.losses.meanSquaredError(target, network.apply(input, { training: true }) as tf.Tensor2D) as tf.Scalar,
        true,
        variables,
      );
      if (!loss) throw new Error('optimizer returned no loss');
      return loss;
    },
    score: (batch) => tf.tidy(() => tf.mean(tf.squaredDifference(reconstruct(batch), batch), 1) as tf.Tensor1D),
    reconstruct,
    network,
    encode: (batch) =>
      encoderLayers.reduce((x, layer) => layer.apply(x) as tf.Tensor, batch as tf.Tensor) as tf.Tensor2D,
    weights: () => network.getWeights(),
    restore: (weights) => network.setWeights(weights),
    dispose() {
      network.dispose();
      optimizer.dispose();
    },
  };
}
