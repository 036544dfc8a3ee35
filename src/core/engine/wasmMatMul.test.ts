import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packsLeftOperand, registerWasmFastTransposedMatMul, swapsProduct } from './wasmMatMul';
import { buildDenseAutoencoder } from '../detectors/dense-ae/build';

interface Product {
  batch: number;
  rows: number;
  inner: number;
  columns: number;
  transposeA: boolean;
  transposeB: boolean;
  fused: boolean;
  activation?: 'relu' | 'sigmoid' | 'linear';
  seed: number;
}

/** A (batched) product with the given transposes, plain or fused with a bias and relu, on a backend. */
async function product(backend: string, p: Product): Promise<Float32Array> {
  await tf.setBackend(backend);
  const out = tf.tidy(() => {
    const shapeA: [number, number, number] = p.transposeA ? [p.batch, p.inner, p.rows] : [p.batch, p.rows, p.inner];
    const shapeB: [number, number, number] = p.transposeB
      ? [p.batch, p.columns, p.inner]
      : [p.batch, p.inner, p.columns];
    const a = tf.randomNormal(shapeA, 0, 1, 'float32', p.seed) as tf.Tensor3D;
    const b = tf.randomNormal(shapeB, 0, 1, 'float32', p.seed + 1) as tf.Tensor3D;
    return p.fused
      ? tf.fused.matMul({
          a,
          b,
          transposeA: p.transposeA,
          transposeB: p.transposeB,
          bias: tf.randomNormal([p.columns], 0, 1, 'float32', p.seed + 2),
          activation: p.activation ?? 'relu',
        })
      : tf.matMul(a, b, p.transposeA, p.transposeB);
  });
  const values = (await out.data()) as Float32Array;
  out.dispose();
  return values;
}

describe('transposed matrix products on WASM', () => {
  beforeAll(async () => {
    await tf.setBackend('wasm');
    registerWasmFastTransposedMatMul();
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it('equal the CPU backend on random shapes, transposes, batches and fused bias + relu', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          batch: fc.integer({ min: 1, max: 3 }),
          rows: fc.integer({ min: 1, max: 40 }),
          inner: fc.integer({ min: 1, max: 70 }),
          columns: fc.integer({ min: 1, max: 40 }),
          transposeA: fc.boolean(),
          transposeB: fc.boolean(),
          fused: fc.boolean(),
          // tfjs reads a seed of 0 as "no seed".
          seed: fc.integer({ min: 1, max: 10_000 }),
        }),
        // WASM's own loop for batched products broadcasts a fused bias wrongly (any row after the
        // first gets the last bias value): dense layers fuse only unbatched products, checked here.
        async (drawn) => {
          const p = drawn.fused ? { ...drawn, batch: 1 } : drawn;
          const onCpu = await product('cpu', p);
          const onWasm = await product('wasm', p);
          expect(onWasm.length).toBe(onCpu.length);
          onCpu.forEach((v, i) => expect(Math.abs(onWasm[i] - v)).toBeLessThan(1e-4 * Math.max(1, Math.abs(v))));
        },
      ),
      { numRuns: 80, seed: 20261123 },
    );
  });

  it('pack the smaller operand where a layer is wider than the batch (the dense step at batch 64)', () => {
    expect(packsLeftOperand(64, 784, 128)).toBe(true); // x W1: pack x^T, not W1
    expect(packsLeftOperand(64, 128, 784)).toBe(true); // h W4
    expect(packsLeftOperand(784, 64, 128)).toBe(false); // x^T dy: dy is the smaller
    expect(packsLeftOperand(512, 784, 128)).toBe(false); // a large batch: the weights are the smaller
    expect(packsLeftOperand(64, 32, 128)).toBe(false); // too small for packing to matter
    // Weights met before keep XNNPACK's packing of them (scoring a test set batch by batch)...
    expect(swapsProduct(256, 128, 784, false, true)).toBe(false);
    expect(swapsProduct(256, 128, 784, false, false)).toBe(true);
    // ...unless transposed: then they are a new tensor every time.
    expect(swapsProduct(64, 784, 128, true, true)).toBe(true);
  });

  it('equal the CPU backend where the smaller operand is packed, with any bias and activation', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          batch: fc.constant(1),
          rows: fc.integer({ min: 1, max: 48 }),
          inner: fc.integer({ min: 100, max: 300 }),
          columns: fc.integer({ min: 164, max: 260 }),
          transposeA: fc.boolean(),
          transposeB: fc.boolean(),
          fused: fc.boolean(),
          activation: fc.constantFrom('relu' as const, 'sigmoid' as const, 'linear' as const),
          seed: fc.integer({ min: 1, max: 10_000 }),
        }),
        async (p) => {
          expect(packsLeftOperand(p.rows, p.inner, p.columns)).toBe(true);
          const onCpu = await product('cpu', p);
          await tf.setBackend('wasm');
          const dataBefore = tf.engine().backend.numDataIds();
          const onWasm = await product('wasm', p);
          // The swapped product frees every intermediate it makes.
          expect(tf.engine().backend.numDataIds()).toBe(dataBefore);
          onCpu.forEach((v, i) => expect(Math.abs(onWasm[i] - v)).toBeLessThan(1e-4 * Math.max(1, Math.abs(v))));
        },
      ),
      { numRuns: 30, seed: 20261124 },
    );
  });

  it('train the dense autoencoder as on the CPU, leaving no tensor behind', async () => {
    const losses = async (backend: string) => {
      await tf.setBackend(backend);
      const model = buildDenseAutoencoder({
        inputSize: 50,
        layers: [24],
        latent: 6,
        activation: 'relu',
        learningRate: 0.01,
        seed: 4,
      });
      const batch = tf.tensor2d(
        Float32Array.from({ length: 16 * 50 }, (_, i) => (Math.sin(i * 0.31) + 1) / 2),
        [16, 50],
      );
      const values: number[] = [];
      let afterFirst = 0;
      for (let step = 0; step < 8; step += 1) {
        const loss = model.trainStep(batch);
        values.push((await loss.data())[0]);
        loss.dispose();
        if (step === 0) afterFirst = tf.memory().numTensors;
      }
      expect(tf.memory().numTensors).toBe(afterFirst);
      model.dispose();
      batch.dispose();
      return values;
    };
    const onCpu = await losses('cpu');
    const onWasm = await losses('wasm');
    expect(onWasm[7]).toBeLessThan(onWasm[0]);
    onWasm.forEach((loss, i) => expect(loss).toBeCloseTo(onCpu[i], 5));
  });
});
