import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { selectBackend } from './backend';
import { buildDenseAutoencoder } from './detectors/dense-ae/build';

/** Losses of a few dense-AE training steps on a fixed batch, on the current backend. */
async function trainingLosses(steps: number): Promise<number[]> {
  const model = buildDenseAutoencoder({
    inputSize: 30,
    layers: [16],
    latent: 4,
    activation: 'relu',
    learningRate: 0.01,
    seed: 9,
  });
  const x = tf.tensor2d(
    Float32Array.from({ length: 16 * 30 }, (_, i) => (Math.sin(i * 0.7) + 1) / 2),
    [16, 30],
  );
  const losses: number[] = [];
  for (let i = 0; i < steps; i += 1) {
    const loss = model.trainStep(x);
    losses.push((await loss.data())[0]);
    loss.dispose();
  }
  x.dispose();
  model.dispose();
  return losses;
}

describe('backend selection', () => {
  it('falls back past WebGPU and WebGL where neither exists, saying why', async () => {
    const selection = await selectBackend('auto');
    expect(selection.skipped.map((s) => s.name)).toEqual(['webgpu', 'webgl']);
    expect(selection.skipped[0].reason).toMatch(/navigator\.gpu|adapter/);
    expect(selection.active).toBe('wasm');
    expect(selection.fallback).toBeNull();
    expect(tf.getBackend()).toBe('wasm');
  });

  it('explains when a forced backend is unavailable', async () => {
    const selection = await selectBackend('webgpu');
    expect(selection.active).toBe('wasm');
    expect(selection.fallback).toMatchObject({ requested: 'webgpu' });
    expect(selection.fallback!.reason).toMatch(/navigator\.gpu/);
  });

  it('honours a forced backend that works', async () => {
    const selection = await selectBackend('cpu');
    expect(selection).toMatchObject({ active: 'cpu', skipped: [], fallback: null });
  });

  it('trains the dense autoencoder on WASM exactly as on the CPU (why WASM is in the chain)', async () => {
    await selectBackend('cpu');
    const onCpu = await trainingLosses(15);
    await selectBackend('wasm');
    const onWasm = await trainingLosses(15);
    expect(onWasm[14]).toBeLessThan(onWasm[0]);
    onWasm.forEach((loss, i) => expect(loss).toBeCloseTo(onCpu[i], 4));
    await selectBackend('cpu');
  });
});
