import type { Message } from '../messages';
import * as tf from '@tensorflow/tfjs';
import { Checkpoint, type WithWeights } from './checkpoint';
import { LossReadback } from './lossReadback';

export interface RunControlPort {
  shouldStop(): boolean;
  /** Resolves when the run may continue (immediately unless paused). */
  waitWhilePaused(): Promise<void>;
  /** True right after a single Step while paused, so the user sees what it did (a round closes there). */
  snapshotNow?(): boolean;
  /** What the step about to run advances (a GAN's D-only or G-only Step); `both` when absent. */
  stepPart?(): 'both' | 'discriminator' | 'generator';
  /** Whether a Pause is asked for (with roundOnPause, the round closes before the run waits). */
  isPaused?(): boolean;
}

/** What one gradient-trained detector needs from the runner; everything else is the runner's. */
export interface StepRun {
  /** Weights to checkpoint at every round's end and restore when a value turns non-finite. */
  model: WithWeights;
  /** Global index of the first step (a resumed run) and the index to stop before. */
  firstStep?: number;
  endStep: number;
  /**
   * One optimisation step on fixed-shape batches, called inside tf.tidy: returns what the step
   * reports (a scalar, or a short vector of named values), left on the device for batched reads.
   */
  step(index: number): tf.Tensor;
  /** Per-step values as read back: row-major, one row per step, starting at step `firstStep`. */
  onValues?(values: Float32Array, firstStep: number): void;
  /** Whether the step just done (`stepsDone` counted from 0) closes a round: an epoch, a snapshot. */
  isRoundEnd(stepsDone: number): boolean;
  /**
   * At a round's end, once every value of it is read and finite: its own checks and reports
   * (validation loss, grid snapshot). Returning false means it found a non-finite value: roll back.
   */
  onRound?(stepsDone: number): Promise<boolean | void> | boolean | void;
  /** Whether a Stop closes the round it interrupts (a GAN shows its last grid; an epoch is never half-reported). */
  roundOnStop?: boolean;
  /** Whether a Pause closes the round it interrupts, so the paused run shows where it is (a GAN). */
  roundOnPause?: boolean;
  /** Per-step values are stacked and read back once every this many steps. */
  readbackEvery?: number;
  control: RunControlPort;
  /** What to tell the user when a value turns NaN or infinite (the runner has rolled back by then). */
  divergedMessage: Message;
}

export type StepOutcome =
  { status: 'done' | 'stopped'; steps: number } | { status: 'diverged'; steps: number; message: Message };

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The lab's one training runner, for every gradient-trained detector (autoencoders, VAEs, the GANs
 * and the f-AnoGAN encoder): fixed-shape steps from the caller, values kept on the device and read
 * back in batches with `await data()` (one read in flight), a checkpoint at each round's end,
 * a roll-back to it when any value is NaN or infinite, and cooperative pause / step / stop.
 */
export async function runSteps(run: StepRun): Promise<StepOutcome> {
  const { control } = run;
  const readbackEvery = run.readbackEvery ?? 16;
  const checkpoint = new Checkpoint();
  checkpoint.save(run.model);
  const readback = new LossReadback((values, first) => run.onValues?.(values, first));
  let step = run.firstStep ?? 0;
  let roundClosedAt = step;

  const diverged = (): StepOutcome => {
    checkpoint.restore(run.model);
    return { status: 'diverged', steps: step, message: run.divergedMessage };
  };
  // Everything of the round read and finite, its own checks passed: these weights are good.
  const closeRound = async (): Promise<boolean> => {
    if (!(await readback.drain())) return false;
    if ((await run.onRound?.(step)) === false) return false;
    checkpoint.save(run.model);
    roundClosedAt = step;
    return true;
  };

  try {
    while (step < run.endStep) {
      if (control.shouldStop()) {
        const settled = run.roundOnStop ? await closeRound() : await readback.drain();
        return settled ? { status: 'stopped', steps: step } : diverged();
      }
      if (run.roundOnPause && control.isPaused?.() && step > roundClosedAt && !(await closeRound())) return diverged();
      await control.waitWhilePaused();
      const index = step;
      readback.push(
        tf.tidy(() => run.step(index)),
        index,
      );
      step += 1;
      if (run.isRoundEnd(step) || step === run.endStep || control.snapshotNow?.()) {
        if (!(await closeRound())) return diverged();
        await yieldToEventLoop();
      } else if (readback.pendingCount >= readbackEvery) {
        if (!(await readback.flush())) return diverged();
        await yieldToEventLoop();
      }
    }
    return { status: 'done', steps: step };
  } finally {
    await readback.close();
    checkpoint.dispose();
  }
}
