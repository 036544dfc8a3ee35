import * as tf from '@tensorflow/tfjs';
import type { DetectorModel } from '../detectors/model';

/** Anything with weights to copy and restore (an autoencoder, or both networks of a GAN). */
export type WithWeights = Pick<DetectorModel, 'weights' | 'restore'>;

/** Holds copies of a model's last good weights, so a diverged run can roll back. */
export class Checkpoint {
  private saved: tf.Tensor[] = [];

  save(model: WithWeights): void {
    const copies = model.weights().map((w) => tf.clone(w));
    this.dispose();
    this.saved = copies;
  }

  get isEmpty(): boolean {
    return this.saved.length === 0;
  }

  restore(model: WithWeights): void {
    if (!this.isEmpty) model.restore(this.saved);
  }

  dispose(): void {
    this.saved.forEach((t) => t.dispose());
    this.saved = [];
  }
}
