import * as tf from '@tensorflow/tfjs';
import type { DetectorModel } from '../models/types';
import { createRandom, shuffleInPlace } from '../random';
import { Checkpoint } from './checkpoint';
import { meanScore } from './evaluate';

export interface LoopOptions {
  epochs: number;
  batchSize: number;
  seed: number;
  /** Per-step losses are stacked and read back once every this many steps. */
  readbackEvery?: number;
  /** Epoch to start from when resuming an earlier run. */
  startEpoch?: number;
}

export interface LoopControl {
  shouldStop(): boolean;
  /** Resolves when the run may continue (immediately unless paused). */
  waitWhilePaused(): Promise<void>;
}

export interface EpochReport {
  epoch: number;
  trainLoss: number;
  validationLoss: number | null;
}

export interface LoopCallbacks {
  /** A batch of per-step losses, starting at global step `firstStep`. */
  onStepLosses?(losses: Float32Array, firstStep: number): void;
  onEpochEnd?(report: EpochReport): void | Promise<void>;
}

export type LoopOutcome =
  | { status: 'done' | 'stopped'; epochsCompleted: number; steps: number }
  | { status: 'diverged'; epochsCompleted: number; steps: number; message: string };

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The lab's custom training loop: fixed batch shapes (the ragged tail of each epoch is dropped),
 * losses kept on the device and read back in batches with `await data()`, a NaN guard that rolls
 * back to the last good weights, and cooperative pause/stop between steps.
 */
export async function runTrainingLoop(
  model: DetectorModel,
  data: { fit: tf.Tensor2D; validation: tf.Tensor2D | null },
  options: LoopOptions,
  control: LoopControl,
  callbacks: LoopCallbacks = {},
): Promise<LoopOutcome> {
  const { epochs, seed } = options;
  const readbackEvery = options.readbackEvery ?? 16;
  const count = data.fit.shape[0];
  const batchSize = Math.min(options.batchSize, count);
  const stepsPerEpoch = Math.floor(count / batchSize);
  const random = createRandom(seed ^ 0x5eed);
  const order = Int32Array.from({ length: count }, (_, i) => i);
  const checkpoint = new Checkpoint();
  checkpoint.save(model);

  let step = (options.startEpoch ?? 0) * stepsPerEpoch;
  let epoch = options.startEpoch ?? 0;
  let pending: tf.Scalar[] = [];
  let pendingFirstStep = step;
  let epochLossSum = 0;

  // Returns false when a loss in the batch is not finite; weights are then rolled back.
  const flushLosses = async (): Promise<boolean> => {
    if (pending.length === 0) return true;
    const stacked = tf.stack(pending);
    pending.forEach((t) => t.dispose());
    pending = [];
    const values = (await stacked.data()) as Float32Array;
    stacked.dispose();
    if (values.some((v) => !Number.isFinite(v))) {
      checkpoint.restore(model);
      return false;
    }
    for (const v of values) epochLossSum += v;
    callbacks.onStepLosses?.(values, pendingFirstStep);
    pendingFirstStep = step;
    checkpoint.save(model);
    return true;
  };
  const diverged = (): LoopOutcome => ({
    status: 'diverged',
    epochsCompleted: epoch,
    steps: step,
    message:
      'The loss became NaN or infinite, so training stopped and the last good weights were kept. ' +
      'Try a lower learning rate or a smaller batch size.',
  });

  try {
    while (epoch < epochs) {
      shuffleInPlace(order, random);
      epochLossSum = 0;
      for (let s = 0; s < stepsPerEpoch; s += 1) {
        if (control.shouldStop()) {
          return (await flushLosses()) ? { status: 'stopped', epochsCompleted: epoch, steps: step } : diverged();
        }
        await control.waitWhilePaused();
        const loss = tf.tidy(() => {
          const indices = tf.tensor1d(order.subarray(s * batchSize, (s + 1) * batchSize), 'int32');
          return model.trainStep(tf.gather(data.fit, indices) as tf.Tensor2D);
        });
        pending.push(loss);
        step += 1;
        if (pending.length >= readbackEvery) {
          if (!(await flushLosses())) return diverged();
          await yieldToEventLoop();
        }
      }
      if (!(await flushLosses())) return diverged();
      const validationLoss = data.validation ? await meanScore(model, data.validation, batchSize) : null;
      if (validationLoss !== null && !Number.isFinite(validationLoss)) {
        checkpoint.restore(model);
        return diverged();
      }
      epoch += 1;
      await callbacks.onEpochEnd?.({ epoch, trainLoss: epochLossSum / stepsPerEpoch, validationLoss });
      await yieldToEventLoop();
    }
    return { status: 'done', epochsCompleted: epoch, steps: step };
  } finally {
    pending.forEach((t) => t.dispose());
    checkpoint.dispose();
  }
}
