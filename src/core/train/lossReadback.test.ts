import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LossReadback } from './lossReadback';

describe('loss readback', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('delivers every loss in order with its first step, one read in flight, and frees what it read', async () => {
    const baseline = tf.memory().numTensors;
    const seen: [number, number[]][] = [];
    const readback = new LossReadback((values, first) => seen.push([first, Array.from(values)]));
    readback.push(tf.scalar(1), 0);
    readback.push(tf.scalar(2), 1);
    expect(await readback.flush()).toBe(true);
    expect(seen).toEqual([]); // the first read is still in flight
    readback.push(tf.scalar(3), 2);
    expect(await readback.flush()).toBe(true);
    expect(seen).toEqual([[0, [1, 2]]]);
    expect(await readback.drain()).toBe(true);
    expect(seen).toEqual([
      [0, [1, 2]],
      [2, [3]],
    ]);
    await new Promise((r) => setTimeout(r, 0));
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('reports a non-finite loss instead of delivering it', async () => {
    const seen: number[] = [];
    const readback = new LossReadback((values) => seen.push(...values));
    readback.push(tf.scalar(0.5), 0);
    readback.push(tf.scalar(Number.POSITIVE_INFINITY), 1);
    expect(await readback.drain()).toBe(false);
    expect(seen).toEqual([]);
  });
});
