import type * as tf from '@tensorflow/tfjs';
import type { DetectorModel } from './model';

/**
 * The weights of a network that keeps one fixed tensor of its own beside its layers (a one-class
 * network's centre, a classifier's class weights): checkpoints, saved projects and restores carry it
 * as the last weight, so a resumed or reopened model scores as the one it came from.
 */
export function weightsWithState(
  network: tf.LayersModel,
  optimizer: tf.Optimizer,
  state: tf.Variable,
): Pick<DetectorModel, 'weights' | 'restore' | 'dispose'> {
  return {
    weights: () => [...network.getWeights(), state],
    restore(weights) {
      network.setWeights(weights.slice(0, -1));
      state.assign(weights[weights.length - 1]);
    },
    dispose() {
      network.dispose();
      optimizer.dispose();
      state.dispose();
    },
  };
}
