import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLabKernels } from './labKernels';
import { nodeKernelHost } from './nodeKernelHost';
import { registerLabElementwise } from './labElementwise';

type Op = 'add' | 'sub' | 'mul' | 'step' | 'leakyStep' | 'broadcastMul';

/** An elementwise result on a backend, from seeded inputs with some NaN, zero and negative values. */
async function compute(backend: string, op: Op, rows: number, columns: number, seed: number): Promise<Float32Array> {
  await tf.setBackend(backend);
  const out = tf.tidy(() => {
    const a = tf.randomNormal([rows, columns], 0, 3, 'float32', seed);
    const mask = tf.randomUniform([rows, columns], 0, 1, 'float32', seed + 1);
    // Zeros and NaNs where Step must decide: every 50th value NaN, every 30th exactly 0.
    const holes = tf.where(tf.less(mask, 0.02), tf.fill([rows, columns], NaN), tf.where(tf.less(mask, 0.05), 0, a));
    const b = tf.randomNormal([rows, columns], 1, 2, 'float32', seed + 2);
    if (op === 'add') return tf.add(a, b);
    if (op === 'sub') return tf.sub(a, b);
    if (op === 'mul') return tf.mul(a, b);
    if (op === 'step') return tf.step(holes);
    if (op === 'leakyStep') return tf.step(holes, 0.2);
    return tf.mul(a, tf.randomNormal([columns], 0, 1, 'float32', seed + 3));
  });
  const values = (await out.data()) as Float32Array;
  out.dispose();
  return values;
}

describe("elementwise kernels on the lab's WASM kernels", () => {
  beforeAll(async () => {
    await tf.setBackend('wasm');
    registerLabElementwise();
    expect(await startLabKernels(nodeKernelHost, 1)).toBe(1);
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it('give the CPU backend’s float32 values bit for bit, NaN included; broadcasts keep tfjs’s kernels', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Op>('add', 'sub', 'mul', 'step', 'leakyStep', 'broadcastMul'),
        // From under one unit (16,384 values) to several, with a ragged last one.
        fc.integer({ min: 1, max: 700 }),
        fc.integer({ min: 1, max: 130 }),
        fc.integer({ min: 1, max: 10_000 }),
        async (op, rows, columns, seed) => {
          const onCpu = await compute('cpu', op, rows, columns, seed);
          await tf.setBackend('wasm');
          const dataBefore = tf.engine().backend.numDataIds();
          const onWasm = await compute('wasm', op, rows, columns, seed);
          expect(tf.engine().backend.numDataIds()).toBe(dataBefore);
          expect(Buffer.from(onWasm.buffer)).toEqual(Buffer.from(onCpu.buffer));
        },
      ),
      { numRuns: 40, seed: 20261124 },
    );
  });

  it('store results below 2^-100 in magnitude as 0, and every other value as the CPU backend does', async () => {
    // A saturated sigmoid's gradient turns subnormal; x86 computes on subnormals ~100x slower.
    const size = 3 * 16_384 + 5;
    const a = Float32Array.from({ length: size }, (_, i) => (i % 2 ? 1e-16 : -3e-16) * (1 + (i % 7)));
    const b = Float32Array.from({ length: size }, (_, i) => [1e-15, 1e-13, 2e-16, 1][i % 4]);
    const results = async (backend: string) => {
      await tf.setBackend(backend);
      const [x, y] = [tf.tensor1d(a), tf.tensor1d(b)];
      const outs = [tf.mul(x, y), tf.sub(x, tf.mul(x, 0.999_999)), tf.add(tf.mul(x, y), tf.mul(y, 1e-16))];
      const values = await Promise.all(outs.map(async (t) => (await t.data()) as Float32Array));
      tf.dispose([x, y, ...outs]);
      return values;
    };
    const onCpu = await results('cpu');
    const onWasm = await results('wasm');
    const tiny = 2 ** -100;
    onCpu.forEach((cpu, k) => {
      const expected = cpu.map((v) => (Math.abs(v) < tiny ? 0 : v));
      expect(Buffer.from(onWasm[k].buffer)).toEqual(Buffer.from(expected.buffer));
    });
    // The products and sums had values to flush, and tiny ones above the threshold stay (1e-29).
    const flushed = onCpu.map((cpu) => cpu.filter((v) => v !== 0 && Math.abs(v) < tiny).length);
    expect(flushed[0]).toBeGreaterThan(size / 8);
    expect(flushed[2]).toBeGreaterThan(size / 8);
    expect(onWasm[0].some((v) => v !== 0 && Math.abs(v) < 1e-28)).toBe(true);
  });
});
