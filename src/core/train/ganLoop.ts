import { message } from '../messages';
import * as tf from '@tensorflow/tfjs';
import type { GanModel } from '../detectors/gan-shared/gan';
import { createRandom, shuffleInPlace } from '../random';
import { runSteps, type RunControlPort, type StepOutcome } from './stepRunner';

/** Pause, Step and Stop for a GAN run (Step closes a round, so the grid shows what it did). */
export type GanLoopControl = RunControlPort;

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
  /** At a round's end: the steps done, and how many updates each network has had (a D-only or G-only Step). */
  onSnapshot?(step: number, updates: { discriminator: number; generator: number }): void | Promise<void>;
}

export type GanLoopOutcome = StepOutcome;

/**
 * Adversarial training on the shared step runner: fixed batch shapes (real batches drawn from a
 * reshuffled order), a round per snapshot (checkpoint, grid), statistics read back in batches and
 * a roll-back to the last snapshot when a loss turns NaN or infinite.
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

  const updates = { discriminator: 0, generator: 0 };
  const outcome = await runSteps({
    model: gan,
    endStep: options.steps,
    readbackEvery: options.readbackEvery,
    control,
    roundOnStop: true,
    roundOnPause: true,
    divergedMessage: message('train.ganDiverged'),
    step() {
      // A Step while paused may advance one network only (GAN Lab's single D and G steps); the
      // other's loss is still reported, measured without an update.
      const part = control.stepPart?.() ?? 'both';
      let dStats: tf.Tensor1D | null = null;
      if (part === 'generator') dStats = gan.discriminatorStats(nextRealBatch(), noise());
      else {
        for (let k = 0; k < options.discriminatorSteps; k += 1) {
          dStats?.dispose();
          dStats = gan.discriminatorStep(nextRealBatch(), noise(), part === 'discriminator');
          updates.discriminator += 1;
        }
      }
      let gLoss: tf.Scalar;
      if (part === 'discriminator') gLoss = gan.generatorLoss(noise());
      else {
        gLoss = gan.generatorStep(noise(), part === 'generator');
        updates.generator += 1;
      }
      const [dLoss, dReal, dFake] = tf.unstack(dStats!);
      return tf.stack([dLoss, gLoss, dReal, dFake]);
    },
    onValues: (values, firstStep) => callbacks.onStepStats?.(values, firstStep),
    isRoundEnd: (stepsDone) => stepsDone % options.snapshotEvery === 0,
    onRound: (stepsDone) => callbacks.onSnapshot?.(stepsDone, { ...updates }),
  });
  return outcome;
}
