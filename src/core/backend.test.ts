import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { selectBackend } from './backend';

describe('backend selection', () => {
  it('falls back past WebGPU and WebGL to the CPU where neither exists, saying why', async () => {
    const selection = await selectBackend('auto');
    expect(selection.active).toBe('cpu');
    expect(selection.skipped.map((s) => s.name)).toEqual(['webgpu', 'webgl']);
    expect(selection.skipped[0].reason).toMatch(/navigator\.gpu|adapter/);
    expect(selection.notice).toBeNull();
    expect(tf.getBackend()).toBe('cpu');
  });

  it('explains when a forced backend is unavailable', async () => {
    const selection = await selectBackend('wasm');
    expect(selection.active).toBe('cpu');
    expect(selection.notice).toMatch(/wasm backend was requested/);
  });

  it('honours a forced backend that works', async () => {
    const selection = await selectBackend('cpu');
    expect(selection).toMatchObject({ active: 'cpu', skipped: [], notice: null });
  });
});
