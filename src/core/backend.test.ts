import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { selectBackend } from './backend';
import { defaultConfig } from './config';
import { measureTrainingRate } from './engine/trainingRate';
import { tinyDenseRun } from './engine/tinyDenseRun.testing';

/** Losses of a few dense-AE training steps on a fixed batch, on the current backend. */
async function trainingLosses(steps: number): Promise<number[]> {
  const { model, x } = tinyDenseRun();
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

describe('measured auto', () => {
  const probe = {
    config: { ...defaultConfig(), batch: 32, layers: [64], latent: 8 },
    shape: { inputSize: 100, outputActivation: 'sigmoid' as const },
  };

  it('trains the detector on each backend that works and picks the fastest, with every rate', async () => {
    const measured: string[] = [];
    const selection = await selectBackend(
      'auto',
      {},
      {
        candidates: ['cpu', 'wasm'],
        budgetMs: 400,
        rate: async (budget) => {
          measured.push(tf.getBackend());
          const before = tf.memory().numTensors;
          const { samplesPerSecond, steps } = await measureTrainingRate(probe, budget);
          expect(steps).toBeGreaterThanOrEqual(2);
          expect(tf.memory().numTensors).toBe(before);
          return samplesPerSecond;
        },
      },
    );
    expect(measured).toEqual(['cpu', 'wasm']);
    expect(selection.measurement).toBe('measured');
    expect(selection.rates!.map((r) => r.name).sort()).toEqual(['cpu', 'wasm']);
    // Fastest first, and the active backend is that one: WASM outruns plain JavaScript.
    expect(selection.rates![0].samplesPerSecond).toBeGreaterThan(selection.rates![1].samplesPerSecond);
    expect(selection.active).toBe('wasm');
    expect(tf.getBackend()).toBe('wasm');
    expect(selection.wasmThreads).toBeGreaterThanOrEqual(1);
  });

  it('follows the measurement, not a fixed order', async () => {
    const selection = await selectBackend(
      'auto',
      {},
      {
        candidates: ['wasm', 'cpu'],
        budgetMs: 10,
        rate: async () => (tf.getBackend() === 'cpu' ? 500 : 100),
      },
    );
    expect(selection.active).toBe('cpu');
    expect(selection.rates).toEqual([
      { name: 'cpu', samplesPerSecond: 500 },
      { name: 'wasm', samplesPerSecond: 100 },
    ]);
    await selectBackend('cpu');
  });

  it("takes this device's remembered choice without measuring, and measures on another device", async () => {
    const first = await selectBackend('auto', {}, { candidates: ['wasm', 'cpu'], budgetMs: 10, rate: async () => 1 });
    const remembered = { active: 'cpu' as const, rates: [{ name: 'cpu' as const, samplesPerSecond: 9 }] };
    const rate = async () => {
      throw new Error('measured although remembered');
    };
    const again = await selectBackend(
      'auto',
      {},
      {
        candidates: ['wasm', 'cpu'],
        budgetMs: 10,
        rate,
        remembered: { [first.deviceKey]: remembered },
      },
    );
    expect(again).toMatchObject({ active: 'cpu', measurement: 'remembered', rates: remembered.rates });
    const elsewhere = await selectBackend(
      'auto',
      {},
      {
        candidates: ['wasm', 'cpu'],
        budgetMs: 10,
        rate: async () => (tf.getBackend() === 'wasm' ? 2 : 1),
        remembered: { 'another browser | 64': remembered },
      },
    );
    expect(elsewhere).toMatchObject({ active: 'wasm', measurement: 'measured' });
    await selectBackend('cpu');
  });
});
