import * as tf from '@tensorflow/tfjs';
import { withModel, type LabConfig } from '../config';
import { loadAutoencoderBuilder } from '../detectors/builders';
import type { ModelBuildOptions } from '../detectors/model';
import { denseAutoencoder } from '../detectors/dense-ae/spec';
import { specOf } from '../detectors/registry';
import { autoencoderOptions } from '../lab/savedDetector';
import { buildGanState, disposeGanState } from '../lab/ganRun';
import { labKernelPool } from './labKernels';
import type { PoolKernelProfile } from './kernelPool';

/** The shape of the data a run will train on, so the probe trains the network the run will. */
export interface RateProbe {
  config: LabConfig;
  /** Values per item (784 for a 28x28 image). */
  inputSize: number;
  outputActivation: ModelBuildOptions['outputActivation'];
  /** Items that are sequences (a sequence model needs their steps and channels). */
  sequence?: ModelBuildOptions['sequence'];
}

export interface TrainingRate {
  /** Training items per second at the run's batch size, after the first (compiling) step. */
  samplesPerSecond: number;
  /** Timed steps behind the figure (the first one is never timed). */
  steps: number;
  /** The first step: shader compilation and weight upload on a GPU backend. */
  warmupMs: number;
}

/** One training step of the detector as its run would take it, returning what must be read and freed. */
type Step = () => tf.Tensor[];

/**
 * Builds the configured detector on the current backend and returns its training step on a fixed
 * synthetic batch. A one-pass detector has no step: its neighbour and matrix work runs best where a
 * dense network trains best, so the dense autoencoder stands in for it.
 */
async function trainingStep(probe: RateProbe): Promise<{ step: Step; dispose: () => void }> {
  const spec = specOf(probe.config.model);
  const { config, inputSize, outputActivation } = probe;
  const batch = tf.tidy(() =>
    outputActivation === 'sigmoid'
      ? tf.randomUniform([config.batch, inputSize], 0, 1, 'float32', 17)
      : tf.randomNormal([config.batch, inputSize], 0, 1, 'float32', 17),
  ) as tf.Tensor2D;
  if (spec.family === 'gan') {
    const state = await buildGanState(spec, config, inputSize);
    const noise = tf.randomNormal([config.batch, config.latent], 0, 1, 'float32', 19) as tf.Tensor2D;
    return {
      step: () => [state.gan.discriminatorStep(batch, noise), state.gan.generatorStep(noise)],
      dispose: () => {
        disposeGanState(state);
        tf.dispose([noise, batch]);
      },
    };
  }
  const stand = spec.family === 'autoencoder' ? spec : denseAutoencoder;
  const standConfig = stand.id === config.model ? config : withModel(config, stand.id);
  const build = await loadAutoencoderBuilder(stand);
  const model = build(autoencoderOptions(stand, standConfig, inputSize, outputActivation, probe.sequence));
  return {
    step: () => [model.trainStep(batch)],
    dispose: () => {
      model.dispose();
      batch.dispose();
    },
  };
}

/** Queues `count` steps, reads the last output back once (as the training loop does), frees every output. */
async function runSteps(step: Step, count: number): Promise<void> {
  const outputs: tf.Tensor[] = [];
  for (let i = 0; i < count; i += 1) outputs.push(...step());
  await outputs[outputs.length - 1].data();
  tf.dispose(outputs);
}

/**
 * Measures the configured detector's training throughput on the current backend within about
 * `budgetMs`: one untimed step (compilation), then steps queued two at a time and read back once
 * per pair (as the training loop reads losses in batches), until the budget is spent; at least
 * two timed steps whatever the budget. Every tensor it makes is freed.
 */
export async function measureTrainingRate(probe: RateProbe, budgetMs: number): Promise<TrainingRate> {
  const { step, dispose } = await trainingStep(probe);
  const run = (count: number) => runSteps(step, count);
  try {
    const start = performance.now();
    await run(1);
    const timedFrom = performance.now();
    let steps = 0;
    do {
      await run(2);
      steps += 2;
    } while (performance.now() - start < budgetMs);
    const seconds = (performance.now() - timedFrom) / 1000;
    return { samplesPerSecond: (steps * probe.config.batch) / seconds, steps, warmupMs: timedFrom - start };
  } finally {
    dispose();
  }
}

/** Time spent in one kernel name over the profiled steps. */
export interface KernelTime {
  kernel: string;
  /** Milliseconds per step. */
  ms: number;
  /** Calls per step. */
  calls: number;
}

/** Where a step's time goes: TensorFlow.js's kernels, and the lab's pool kernels inside them (per step). */
export interface StepProfile {
  kernels: KernelTime[];
  /** The lab's WASM kernels by name: time on the calling thread and the helpers' share of units. */
  pool: PoolKernelProfile[];
}

/**
 * Where a training step's time goes on the current backend (the engine benchmark's `--profile`):
 * after a few untimed steps, `steps` steps recording the lab's pool alone (outside tf.profile, which
 * adds its own work), then `steps` more under tf.profile, kernel times summed by kernel name.
 */
export async function profileTrainingStep(probe: RateProbe, steps: number): Promise<StepProfile> {
  const { step, dispose } = await trainingStep(probe);
  try {
    for (let i = 0; i < 3; i += 1) await runSteps(step, 1);
    const pool = labKernelPool();
    pool?.startProfile();
    for (let i = 0; i < steps; i += 1) await runSteps(step, 1);
    const poolKernels = (pool?.takeProfile() ?? []).map((k) => ({
      ...k,
      calls: k.calls / steps,
      ms: k.ms / steps,
      units: k.units / steps,
      helped: k.helped / steps,
    }));
    const info = await tf.profile(async () => {
      for (let i = 0; i < steps; i += 1) await runSteps(step, 1);
    });
    const byKernel = new Map<string, KernelTime>();
    for (const kernel of info.kernels) {
      const entry = byKernel.get(kernel.name) ?? { kernel: kernel.name, ms: 0, calls: 0 };
      entry.ms += Number(kernel.kernelTimeMs) / steps;
      entry.calls += 1 / steps;
      byKernel.set(kernel.name, entry);
    }
    return { kernels: [...byKernel.values()].sort((a, b) => b.ms - a.ms), pool: poolKernels };
  } finally {
    dispose();
  }
}
