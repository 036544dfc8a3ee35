import * as tf from '@tensorflow/tfjs';
import { withModel, type LabConfig } from '../config';
import type { DataShape } from '../detectors/dataShape';
import { familyOf } from '../detectors/families';
import { defaultModelId, specOf } from '../detectors/registry';
import { labKernelPool } from './labKernels';
import type { PoolKernelProfile } from './kernelPool';

/** The configuration and the shape of the data a run will train on, so the probe trains the network the run will. */
export interface RateProbe {
  config: LabConfig;
  shape: DataShape;
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
 * synthetic batch. A detector with no step (one-pass detectors) has the default detector stand in:
 * its neighbour and matrix work runs best where a dense network trains best.
 */
async function trainingStep(probe: RateProbe): Promise<{ step: Step; dispose: () => void }> {
  const { config, shape } = probe;
  const own = specOf(config.model);
  const spec = familyOf(own).probeStep ? own : specOf(defaultModelId);
  const specConfig = spec.id === config.model ? config : withModel(config, spec.id);
  const batch = tf.tidy(() =>
    shape.outputActivation === 'sigmoid'
      ? tf.randomUniform([config.batch, shape.inputSize], 0, 1, 'float32', 17)
      : tf.randomNormal([config.batch, shape.inputSize], 0, 1, 'float32', 17),
  ) as tf.Tensor2D;
  try {
    const probeStep = await familyOf(spec).probeStep!(spec, specConfig, shape, batch);
    return {
      step: probeStep.step,
      dispose: () => {
        probeStep.dispose();
        batch.dispose();
      },
    };
  } catch (error) {
    batch.dispose();
    throw error;
  }
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
