import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { describe, expect, it } from 'vitest';
import { selectBackend } from '../backend';
import { tinyDenseRun } from './tinyDenseRun.testing';
import { engineInUse } from './engineChoice';
import { adam, FusedAdam } from './fusedAdam';
import { labKernelThreads } from './labKernels';
import { nodeKernelHost } from './nodeKernelHost';

/**
 * The tfjs engine first, then the lab's, in this order and in this file alone: kernels are
 * registered for the whole realm (a test file runs in a process of its own), and the tfjs engine
 * is refused once the lab's are in.
 */

/** WASM kernels the lab replaces or puts its own in front of. */
const replaced = [
  'Identity',
  'Tile',
  'Sum',
  'BatchMatMul',
  '_FusedMatMul',
  'Conv2D',
  'FusedConv2D',
  'Conv2DBackpropInput',
  'Add',
  'Sub',
  'Multiply',
  'Step',
];
/** TensorFlow.js's own, as its WASM backend registered them on import. */
const original = new Map(replaced.map((name) => [name, tf.getKernel(name, 'wasm')?.kernelFunc]));
const unchanged = () => replaced.filter((name) => tf.getKernel(name, 'wasm')?.kernelFunc === original.get(name));

/** A tiny dense autoencoder's losses over a few steps on a fixed batch, and the kernels of its first step. */
async function train(steps: number) {
  const before = tf.memory().numTensors;
  const { model, x } = tinyDenseRun();
  const first = await tf.profile(() => model.trainStep(x));
  const losses = [((await (first.result as tf.Tensor).data()) as Float32Array)[0]];
  tf.dispose(first.result as tf.Tensor);
  for (let i = 1; i < steps; i += 1) {
    const loss = model.trainStep(x);
    losses.push((await loss.data())[0]);
    loss.dispose();
  }
  x.dispose();
  model.dispose();
  // Weights, both optimizers' state and every step's intermediates freed.
  expect(tf.memory().numTensors).toBe(before);
  return { losses, kernels: new Set(first.kernelNames) };
}

describe('the engine option', () => {
  const steps = 15;
  let onTfjs: number[] = [];

  it("runs the lab's loop on TensorFlow.js's own kernels, tape and Adam", async () => {
    const selection = await selectBackend('wasm', { engine: 'tfjs', labKernels: nodeKernelHost });
    expect(selection).toMatchObject({ active: 'wasm', engine: 'tfjs' });
    expect(engineInUse()).toBe('tfjs');
    // No lab kernel registered and no pool started, even with the lab's kernels on offer.
    expect(unchanged()).toEqual(replaced);
    expect(labKernelThreads()).toBe(0);
    // Only the convolution filter gradient TensorFlow.js's WASM backend lacks (no conv net trains without it).
    expect(tf.getKernel('Conv2DBackpropFilter', 'wasm')).toBeDefined();
    const optimizer = adam(0.01);
    expect(optimizer).toBeInstanceOf(tf.AdamOptimizer);
    optimizer.dispose();
    const { losses, kernels } = await train(steps);
    // The tape's loss (tf.losses.meanSquaredError) and tfjs's Adam: no written-out step, no fused update.
    expect(kernels.has('SquaredDifference')).toBe(true);
    expect(kernels.has('LabAdamUpdate')).toBe(false);
    expect(losses[steps - 1]).toBeLessThan(losses[0]);
    onTfjs = losses;
  });

  it("runs it on the lab's engine by default, to the same losses", async () => {
    const selection = await selectBackend('wasm', { labKernels: nodeKernelHost });
    expect(selection).toMatchObject({ active: 'wasm', engine: 'lab' });
    expect(engineInUse()).toBe('lab');
    expect(unchanged()).toEqual([]);
    expect(labKernelThreads()).toBeGreaterThanOrEqual(1);
    const optimizer = adam(0.01);
    expect(optimizer).toBeInstanceOf(FusedAdam);
    optimizer.dispose();
    const { losses, kernels } = await train(steps);
    // The written-out dense step (its loss from Sub and Square) and the one-kernel Adam.
    expect(kernels.has('SquaredDifference')).toBe(false);
    expect(kernels.has('LabAdamUpdate')).toBe(true);
    // The same arithmetic in another order (float32): the same training within rounding.
    losses.forEach((loss, i) => expect(Math.abs(loss - onTfjs[i])).toBeLessThan(1e-4 * onTfjs[i]));
  });

  it("refuses TensorFlow.js's own engine where the lab's kernels are registered", async () => {
    await expect(selectBackend('wasm', { engine: 'tfjs' })).rejects.toThrow(/new worker/);
    expect(engineInUse()).toBe('lab');
  });
});
