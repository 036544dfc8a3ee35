import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labKernelThreads, startLabKernels } from './labKernels';
import { nodeKernelHost } from './nodeKernelHost';
import { registerWasmFastTransposedMatMul } from './wasmMatMul';
import { buildDenseAutoencoder } from '../detectors/dense-ae/build';

interface Product {
  rows: number;
  inner: number;
  columns: number;
  transposeA: boolean;
  transposeB: boolean;
  bias: boolean;
  activation: 'relu' | 'sigmoid' | 'linear' | 'elu' | 'leakyrelu';
  seed: number;
}

async function product(backend: string, p: Product): Promise<Float32Array> {
  await tf.setBackend(backend);
  const out = tf.tidy(() => {
    const a = tf.randomNormal(p.transposeA ? [p.inner, p.rows] : [p.rows, p.inner], 0, 1, 'float32', p.seed);
    const b = tf.randomNormal(p.transposeB ? [p.columns, p.inner] : [p.inner, p.columns], 0, 1, 'float32', p.seed + 1);
    return tf.fused.matMul({
      a: a as tf.Tensor2D,
      b: b as tf.Tensor2D,
      transposeA: p.transposeA,
      transposeB: p.transposeB,
      bias: p.bias ? tf.randomNormal([p.columns], 0, 1, 'float32', p.seed + 2) : undefined,
      activation: p.activation,
    });
  });
  const values = (await out.data()) as Float32Array;
  out.dispose();
  return values;
}

describe("the lab's WASM kernels on TensorFlow.js's WASM backend", () => {
  beforeAll(async () => {
    await tf.setBackend('wasm');
    registerWasmFastTransposedMatMul();
    // Node's WASM build is single-threaded: one thread, the calling one (the pool: kernelPool.test.ts).
    expect(await startLabKernels(nodeKernelHost, 1)).toBe(1);
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it('run on the backend they started on', () => {
    expect(labKernelThreads()).toBe(1);
  });

  it('multiply as the CPU backend does, in every layout a dense layer trains with', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          rows: fc.integer({ min: 1, max: 70 }),
          inner: fc.integer({ min: 1, max: 90 }),
          columns: fc.integer({ min: 2, max: 70 }),
          // Not both transposed: that product keeps TensorFlow.js's kernel.
          transposeA: fc.boolean(),
          transposeB: fc.boolean(),
          bias: fc.boolean(),
          activation: fc.constantFrom<Product['activation']>('relu', 'sigmoid', 'linear', 'elu', 'leakyrelu'),
          seed: fc.integer({ min: 1, max: 10_000 }),
        }),
        async (p) => {
          const onCpu = await product('cpu', p);
          await tf.setBackend('wasm');
          const dataBefore = tf.engine().backend.numDataIds();
          const onWasm = await product('wasm', p);
          expect(tf.engine().backend.numDataIds()).toBe(dataBefore);
          expect(onWasm.length).toBe(onCpu.length);
          onCpu.forEach((v, i) => expect(Math.abs(onWasm[i] - v)).toBeLessThan(1e-4 * Math.max(1, Math.abs(v))));
        },
      ),
      { numRuns: 120, seed: 20261124 },
    );
  });

  it('train the dense autoencoder with Adam as the CPU backend does, leaving no tensor behind', async () => {
    const train = async (backend: string) => {
      await tf.setBackend(backend);
      const model = buildDenseAutoencoder({
        inputSize: 70,
        layers: [36],
        latent: 6,
        activation: 'relu',
        learningRate: 0.01,
        seed: 5,
      });
      const batch = tf.tensor2d(
        Float32Array.from({ length: 32 * 70 }, (_, i) => (Math.cos(i * 0.13) + 1) / 2),
        [32, 70],
      );
      const losses: number[] = [];
      let tensorsAfterFirst = 0;
      for (let step = 0; step < 12; step += 1) {
        const loss = model.trainStep(batch);
        losses.push((await loss.data())[0]);
        loss.dispose();
        if (step === 0) tensorsAfterFirst = tf.memory().numTensors;
        else expect(tf.memory().numTensors).toBe(tensorsAfterFirst);
      }
      model.dispose();
      batch.dispose();
      return losses;
    };
    const cpu = await train('cpu');
    const wasm = await train('wasm');
    // The loss falls, and both backends take the same path (each loss follows from every update before it).
    expect(wasm[11]).toBeLessThan(wasm[0] * 0.9);
    wasm.forEach((loss, i) => expect(loss).toBeCloseTo(cpu[i], 5));
  });
});
