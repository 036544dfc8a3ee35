import * as tf from '@tensorflow/tfjs';
import type { DetectorModel } from '../models/types';

/** Holds copies of a model's last good weights, so a diverged run can roll back. */
export class Checkpoint {
  private saved: tf.Tensor[] = [];

  save(model: DetectorModel): void {
    const copies = model.weights().map((w) => tf.clone(w));
    this.dispose();
    this.saved = copies;
  }

  get isEmpty(): boolean {
    return this.saved.length === 0;
  }

  restore(model: DetectorModel): void {
    if (!this.isEmpty) model.restore(this.saved);
  }

  dispose(): void {
    this.saved.forEach((t) => t.dispose());
    this.saved = [];
  }
}
