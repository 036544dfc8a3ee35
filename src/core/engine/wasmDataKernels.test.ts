import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWasmDataKernels } from './wasmDataKernels';
import { startLabKernels } from './labKernels';
import { nodeKernelHost } from './nodeKernelHost';

/** tf.tile of a counting tensor on a backend, read back. */
async function tiled(backend: string, shape: number[], reps: number[], dtype: 'float32' | 'int32') {
  await tf.setBackend(backend);
  const size = shape.reduce((a, b) => a * b, 1);
  const x = tf.tensor(
    Array.from({ length: size }, (_, i) => i * 3 - 7),
    shape,
    dtype,
  );
  const y = tf.tile(x, reps);
  const values = Array.from(await y.data());
  tf.dispose([x, y]);
  return { values, shape: y.shape };
}

/** Sums over leading axes on WASM: float32 added row after row, as the CPU backend's values say. */
async function sumsInOrder() {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 }),
      fc.integer({ min: 0, max: 3 }),
      fc.boolean(),
      fc.integer({ min: 1, max: 10_000 }),
      async (shape, axisCount, keepDims, seed) => {
        const axes = [...Array(Math.min(axisCount, shape.length)).keys()];
        const reduce = async (backend: string) => {
          await tf.setBackend(backend);
          const x = tf.randomNormal(shape, 0, 100, 'float32', seed);
          const y = tf.sum(x, axes.length ? axes : undefined, keepDims);
          const result = { values: Array.from(await y.data()), shape: y.shape, input: Array.from(await x.data()) };
          tf.dispose([x, y]);
          return result;
        };
        const cpu = await reduce('cpu');
        const wasm = await reduce('wasm');
        expect(wasm.shape).toEqual(cpu.shape);
        if (axes.length > 0 && axes.length < shape.length) {
          const rows = shape.slice(0, axes.length).reduce((a, b) => a * b, 1);
          const columns = cpu.input.length / rows;
          const inOrder = Array.from({ length: columns }, (_, c) => {
            let total = 0;
            for (let r = 0; r < rows; r += 1) total = Math.fround(total + cpu.input[r * columns + c]);
            return total;
          });
          expect(wasm.values).toEqual(inOrder);
        }
        cpu.values.forEach((v, i) =>
          expect(Math.abs(wasm.values[i] - v)).toBeLessThan(1e-3 * Math.max(1, Math.abs(v))),
        );
      },
    ),
    { numRuns: 100, seed: 20261124 },
  );
}

describe('WASM data kernels', () => {
  beforeAll(async () => {
    await tf.setBackend('wasm');
    registerWasmDataKernels();
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it('tile as the CPU backend does, for any shape, repetition and dtype, freeing nothing it should keep', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.constantFrom<'float32' | 'int32'>('float32', 'int32'),
        async (axes, dtype) => {
          const shape = axes.map(([size]) => size);
          const reps = axes.map(([, rep]) => rep);
          const cpu = await tiled('cpu', shape, reps, dtype);
          await tf.setBackend('wasm');
          const before = tf.engine().backend.numDataIds();
          const wasm = await tiled('wasm', shape, reps, dtype);
          expect(tf.engine().backend.numDataIds()).toBe(before);
          expect(wasm.shape).toEqual(cpu.shape);
          expect(wasm.values).toEqual(cpu.values);
        },
      ),
      { numRuns: 150, seed: 20261124 },
    );
  });

  it('tile a per-channel vector over a batch of feature maps (the batch-norm gradient)', async () => {
    const cpu = await tiled('cpu', [1, 1, 1, 16], [64, 14, 14, 1], 'float32');
    const wasm = await tiled('wasm', [1, 1, 1, 16], [64, 14, 14, 1], 'float32');
    expect(wasm.values).toEqual(cpu.values);
  });

  it('sums over leading axes as float32 added in order (as WASM itself does), bit for bit', sumsInOrder);

  it("sums the same on the lab's SIMD kernel (labKernels.ts), bit for bit", async () => {
    await tf.setBackend('wasm');
    expect(await startLabKernels(nodeKernelHost, 1)).toBe(1);
    await sumsInOrder();
  });

  it('shares an identity with its input: values outlive the input, data freed with the last', async () => {
    await tf.setBackend('wasm');
    const before = tf.engine().backend.numDataIds();
    const x = tf.tensor1d([1, 2, 3]);
    const y = tf.clone(x);
    expect(tf.engine().backend.numDataIds()).toBe(before + 1);
    x.dispose();
    expect(Array.from(await y.data())).toEqual([1, 2, 3]);
    y.dispose();
    expect(tf.engine().backend.numDataIds()).toBe(before);
  });

  it('keep gradients through identities right (a variable trained through tf.clone, which runs Identity)', async () => {
    await tf.setBackend('wasm');
    const v = tf.variable(tf.tensor1d([1, -2, 3]));
    const optimizer = tf.train.sgd(0.1);
    for (let step = 0; step < 3; step += 1) {
      optimizer.minimize(() => tf.sum(tf.square(tf.clone(v))) as tf.Scalar);
    }
    // Each step multiplies by 1 - 0.1 * 2 = 0.8.
    const expected = [1, -2, 3].map((value) => value * 0.8 ** 3);
    (await v.data()).forEach((value, i) => expect(value).toBeCloseTo(expected[i], 5));
    v.dispose();
    optimizer.dispose();
  });
});
