import * as tf from '@tensorflow/tfjs';
import type { GanModel } from '../detectors/gan-shared/gan';
import { createRandom, shuffleInPlace } from '../random';
import { Checkpoint } from './checkpoint';
import type { LoopControl } from './loop';

export interface GanLoopControl extends LoopControl {
  /** True right after a single Step while paused, so the user sees what it did. */
  snapshotNow?(): boolean;
}
import { LossReadback } from './lossReadback';

export interface GanLoopOptions {
  steps: number;
  batchSize: number;
  /** Discriminator updates per generator update. */
  discriminatorSteps: number;
  seed: number;
  /** A snapshot (and a checkpoint) every this many steps, and at the end. */
  snapshotEvery: number;
  readbackEvery?: number;
}

/** Per step: discriminator loss, generator loss, mean D(x) on real and mean D(G(z)) on fake. */
export const ganStatNames = ['dLoss', 'gLoss', 'dReal', 'dFake'] as const;

export interface GanLoopCallbacks {
  /** Row-major [n x 4] statistics of steps firstStep+1 ... firstStep+n. */
  onStepStats?(stats: Float32Array, firstStep: number): void;
  onSnapshot?(step: number): void | Promise<void>;
}

export type GanLoopOutcome =
  { status: 'done' | 'stopped'; steps: number } | { status: 'diverged'; steps: number; message: string };

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Adversarial training with the same rules as the autoencoder loop: fixed batch shapes (real
 * batches drawn from a reshuffled order), statistics read back in batches with one read in
 * flight, checkpoints at each snapshot and a roll-back when a loss turns NaN or infinite.
 */
export async function runGanLoop(
  gan: GanModel,
  fit: tf.Tensor2D,
  options: GanLoopOptions,
  control: GanLoopControl,
  callbacks: GanLoopCallbacks = {},
): Promise<GanLoopOutcome> {
  const count = fit.shape[0];
  const batchSize = Math.min(options.batchSize, count);
  const readbackEvery = options.readbackEvery ?? 16;
  const random = createRandom(options.seed ^ 0x6a4);
  const order = shuffleInPlace(
    Int32Array.from({ length: count }, (_, i) => i),
    random,
  );
  let cursor = 0;
  const nextRealBatch = () => {
    if (cursor + batchSize > count) {
      shuffleInPlace(order, random);
      cursor = 0;
    }
    const indices = tf.tensor1d(order.subarray(cursor, cursor + batchSize), 'int32');
    cursor += batchSize;
    return tf.gather(fit, indices) as tf.Tensor2D;
  };
  const noise = () =>
    tf.randomNormal([batchSize, gan.latentSize], 0, 1, 'float32', Math.floor(random() * 2 ** 31)) as tf.Tensor2D;

  const checkpoint = new Checkpoint();
  checkpoint.save(gan);
  const readback = new LossReadback((values, firstStep) => callbacks.onStepStats?.(values, firstStep));
  const diverged = (step: number): GanLoopOutcome => {
    checkpoint.restore(gan);
    return {
      status: 'diverged',
      steps: step,
      message:
        'A GAN loss became NaN or infinite, so training stopped and both networks went back to the last snapshot. Try a lower learning rate.',
    };
  };
  const settle = async (step: number): Promise<boolean> => {
    if (!(await readback.drain())) return false;
    checkpoint.save(gan);
    await callbacks.onSnapshot?.(step);
    return true;
  };

  let step = 0;
  try {
    while (step < options.steps) {
      if (control.shouldStop()) return (await settle(step)) ? { status: 'stopped', steps: step } : diverged(step);
      await control.waitWhilePaused();
      const stats = tf.tidy(() => {
        let dStats: tf.Tensor1D | null = null;
        for (let k = 0; k < options.discriminatorSteps; k += 1) {
          dStats?.dispose();
          dStats = gan.discriminatorStep(nextRealBatch(), noise());
        }
        const gLoss = gan.generatorStep(noise());
        const [dLoss, dReal, dFake] = tf.unstack(dStats!);
        return tf.stack([dLoss, gLoss, dReal, dFake]);
      });
      readback.push(stats, step);
      step += 1;
      if (step % options.snapshotEvery === 0 || step === options.steps || control.snapshotNow?.()) {
        if (!(await settle(step))) return diverged(step);
      } else if (readback.pendingCount >= readbackEvery) {
        if (!(await readback.flush())) return diverged(step);
        await yieldToEventLoop();
      }
    }
    return { status: 'done', steps: step };
  } finally {
    readback.dispose();
    checkpoint.dispose();
  }
}
