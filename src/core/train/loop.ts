import { message } from '../messages';
import * as tf from '@tensorflow/tfjs';
import type { DetectorModel } from '../detectors/model';
import { createRandom, shuffleInPlace } from '../random';
import { meanObjective } from './evaluate';
import { runSteps, type RunControlPort, type StepOutcome } from './stepRunner';

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

/** Pause and stop for a run (the page's intents flip them; the runner asks between steps). */
export type LoopControl = RunControlPort;

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

export type LoopOutcome = StepOutcome & { epochsCompleted: number };

/** A batch with seeded Gaussian noise of the given std added (pure: call inside tf.tidy). */
export function addNoise(batch: tf.Tensor2D, std: number, seed: number): tf.Tensor2D {
  return batch.add(tf.randomNormal(batch.shape, 0, std, 'float32', seed)) as tf.Tensor2D;
}

/**
 * An autoencoder's training on the shared step runner: epochs of fixed-shape batches from a
 * reshuffled order (the ragged tail of each epoch is dropped), a round per epoch (validation
 * loss, checkpoint, report), and per-step losses read back in batches. Denoising adds fresh
 * seeded noise to each input batch and asks for the clean batch back.
 */
export async function runTrainingLoop(
  model: DetectorModel,
  /** `fitLabels`: per fit row, what a label-aware model is told (model.ts), batched beside the rows. */
  data: { fit: tf.Tensor2D; validation: tf.Tensor2D | null; fitLabels?: Float32Array },
  options: LoopOptions,
  control: LoopControl,
  callbacks: LoopCallbacks = {},
): Promise<LoopOutcome> {
  const { epochs, seed } = options;
  const noise = options.noise ?? 0;
  const count = data.fit.shape[0];
  const batchSize = Math.min(options.batchSize, count);
  const stepsPerEpoch = Math.floor(count / batchSize);
  const random = createRandom(seed ^ 0x5eed);
  const order = Int32Array.from({ length: count }, (_, i) => i);
  // Each step reads back [total, ...terms]; the epoch keeps a sum per column.
  const terms = model.lossTerms ?? [];
  const width = 1 + terms.length;
  let epochSums = new Float64Array(width);
  const startEpoch = options.startEpoch ?? 0;
  const labels = data.fitLabels ? tf.tensor1d(data.fitLabels) : null;

  const outcome = await runSteps({
    model,
    firstStep: startEpoch * stepsPerEpoch,
    endStep: epochs * stepsPerEpoch,
    readbackEvery: options.readbackEvery,
    control,
    divergedMessage: message('train.diverged'),
    step(index) {
      const s = index % stepsPerEpoch;
      if (s === 0) shuffleInPlace(order, random);
      const indices = tf.tensor1d(order.subarray(s * batchSize, (s + 1) * batchSize), 'int32');
      const clean = tf.gather(data.fit, indices) as tf.Tensor2D;
      const batchLabels = labels ? (tf.gather(labels, indices) as tf.Tensor1D) : undefined;
      if (!noise) return model.trainStep(clean, undefined, batchLabels);
      // Fresh, seeded noise every step: the model learns to undo it, not to memorise it.
      return model.trainStep(addNoise(clean, noise, seed + index), clean, batchLabels);
    },
    onValues(values, firstStep) {
      values.forEach((v, i) => (epochSums[i % width] += v));
      callbacks.onStepLosses?.(width === 1 ? values : values.filter((_, i) => i % width === 0), firstStep);
    },
    isRoundEnd: (stepsDone) => stepsDone % stepsPerEpoch === 0,
    async onRound(stepsDone) {
      const validationLoss = data.validation ? await meanObjective(model, data.validation, batchSize) : null;
      if (validationLoss !== null && !Number.isFinite(validationLoss)) return false;
      const means = Array.from(epochSums, (sum) => sum / stepsPerEpoch);
      epochSums = new Float64Array(width);
      const termMeans = Object.fromEntries(terms.map((name, i) => [name, means[i + 1]]));
      await callbacks.onEpochEnd?.({
        epoch: stepsDone / stepsPerEpoch,
        trainLoss: means[0],
        validationLoss,
        terms: termMeans,
      });
      return true;
    },
  }).finally(() => labels?.dispose());
  return { ...outcome, epochsCompleted: Math.floor(outcome.steps / stepsPerEpoch) };
}
