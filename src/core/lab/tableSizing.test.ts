import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config';
import { tableRunConfig, tableSizing } from './tableSizing';

describe('table sizing', () => {
  it('keeps the bottleneck narrower than the input and gives small tables enough steps', () => {
    const small = tableSizing(9, 120);
    expect(small.latent).toBeLessThan(9);
    expect(small.layers[0]).toBeGreaterThanOrEqual(small.latent);
    expect(Math.floor(120 / small.batch) * small.epochs).toBeGreaterThanOrEqual(1500);
    const big = tableSizing(10, 800_000);
    expect(big.batch).toBe(256);
    expect(big.epochs).toBeLessThanOrEqual(5);
    expect(tableSizing(784, 5000)).toMatchObject({ latent: 32, layers: [128] });
  });

  it('respects what the user set explicitly', () => {
    const config = { ...defaultConfig(), epochs: 7, latent: 2 };
    const run = tableRunConfig(config, 12, 500);
    expect(run.epochs).toBe(7);
    expect(run.latent).toBe(2);
    expect(run.layers).toEqual(tableSizing(12, 500).layers);
  });
});
