import * as tf from '@tensorflow/tfjs';
import type { DetectorModel } from '../detectors/model';
import { createRandom, shuffleInPlace } from '../random';
import { Checkpoint } from './checkpoint';
import { meanObjective } from './evaluate';
import { LossReadback } from './lossReadback';

export interface LoopOptions {
  epochs: number;
  batchSize: number;
  seed: number;
  /** Per-step losses are stacked and read back once every this many steps. */
  readbackEvery?: number;
  /** Epoch to start from when resuming an earlier run. */
  startEpoch?: number;
  /** Denoising: std of Gaussian noise added to each training input (the target stays clean); 0 = off. */
  noise?: number;
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
  /** Epoch means of the loss's parts, by the model's `lossTerms` names (a VAE: reconstruction, kl). */
  terms: Record<string, number>;
}

export interface LoopCallbacks {
  /** Total loss of each step in a batch of steps, starting at global step `firstStep`. */
  onStepLosses?(losses: Float32Array, firstStep: number): void;
  onEpochEnd?(report: EpochReport): void | Promise<void>;
}

export type LoopOutcome =
  | { status: 'done' | 'stopped'; epochsCompleted: number; steps: number }
  | { status: 'diverged'; epochsCompleted: number; steps: number; message: string };

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A batch with seeded Gaussian noise of the given std added (pure: call inside tf.tidy). */
export function addNoise(batch: tf.Tensor2D, std: number, seed: number): tf.Tensor2D {
  return batch.add(tf.randomNormal(batch.shape, 0, std, 'float32', seed)) as tf.Tensor2D;
}

/**
 * The lab's custom training loop: fixed batch shapes (the ragged tail of each epoch is dropped),
 * losses kept on the device and read back in batches with `await data()` (one batch in flight),
 * a NaN guard that rolls back to the last verified weights (checkpointed once per epoch, a copy
 * per step being too dear on a GPU), and cooperative pause/stop between steps.
 */
export async function runTrainingLoop(
  model: DetectorModel,
  data: { fit: tf.Tensor2D; validation: tf.Tensor2D | null },
  options: LoopOptions,
  control: LoopControl,
  callbacks: LoopCallbacks = {},
): Promise<LoopOutcome> {
  const { epochs, seed } = options;
  const noise = options.noise ?? 0;
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
  // Each step reads back [total, ...terms]; the epoch keeps a sum per column.
  const terms = model.lossTerms ?? [];
  const width = 1 + terms.length;
  let epochSums = new Float64Array(width);
  const readback = new LossReadback((values, firstStep) => {
    values.forEach((v, i) => (epochSums[i % width] += v));
    callbacks.onStepLosses?.(width === 1 ? values : values.filter((_, i) => i % width === 0), firstStep);
  });

  const diverged = (): LoopOutcome => ({
    status: 'diverged',
    epochsCompleted: epoch,
    steps: step,
    message:
      'The loss became NaN or infinite, so training stopped and the last good weights were kept. ' +
      'Try a lower learning rate or a smaller batch size.',
  });

  // On a non-finite loss: back to the weights at the start of the epoch, the last verified ones.
  const rollBack = (): LoopOutcome => {
    checkpoint.restore(model);
    return diverged();
  };

  try {
    while (epoch < epochs) {
      shuffleInPlace(order, random);
      epochSums = new Float64Array(width);
      for (let s = 0; s < stepsPerEpoch; s += 1) {
        if (control.shouldStop()) {
          return (await readback.drain()) ? { status: 'stopped', epochsCompleted: epoch, steps: step } : rollBack();
        }
        await control.waitWhilePaused();
        const loss = tf.tidy(() => {
          const indices = tf.tensor1d(order.subarray(s * batchSize, (s + 1) * batchSize), 'int32');
          const clean = tf.gather(data.fit, indices) as tf.Tensor2D;
          if (!noise) return model.trainStep(clean);
          // Fresh, seeded noise every step: the model learns to undo it, not to memorise it.
          return model.trainStep(addNoise(clean, noise, seed + step), clean);
        });
        readback.push(loss, step);
        step += 1;
        if (readback.pendingCount >= readbackEvery) {
          if (!(await readback.flush())) return rollBack();
          await yieldToEventLoop();
        }
      }
      if (!(await readback.drain())) return rollBack();
      const validationLoss = data.validation ? await meanObjective(model, data.validation, batchSize) : null;
      if (validationLoss !== null && !Number.isFinite(validationLoss)) return rollBack();
      checkpoint.save(model);
      epoch += 1;
      const means = Array.from(epochSums, (sum) => sum / stepsPerEpoch);
      const termMeans = Object.fromEntries(terms.map((name, i) => [name, means[i + 1]]));
      await callbacks.onEpochEnd?.({ epoch, trainLoss: means[0], validationLoss, terms: termMeans });
      await yieldToEventLoop();
    }
    return { status: 'done', epochsCompleted: epoch, steps: step };
  } finally {
    readback.dispose();
    checkpoint.dispose();
  }
}
