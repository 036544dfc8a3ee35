import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labKernelThreads, startLabKernels } from './labKernels';
import { nodeKernelHost } from './nodeKernelHost';
import { registerWasmFastTransposedMatMul } from './wasmMatMul';
import { buildDenseAutoencoder } from '../detectors/dense-ae/build';
import { adamStep, FusedAdam } from './fusedAdam';

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

/**
 * Products up to these sizes in every layout (both transposed too: that one keeps TensorFlow.js's
 * kernel, and must agree all the same), plain or with a bias, with every activation the lab fuses.
 */
const productsOf = (rows: number, inner: { min: number; max: number }, columns: number) =>
  fc.record({
    rows: fc.integer({ min: 1, max: rows }),
    inner: fc.integer(inner),
    columns: fc.integer({ min: 2, max: columns }),
    transposeA: fc.boolean(),
    transposeB: fc.boolean(),
    bias: fc.boolean(),
    activation: fc.constantFrom<Product['activation']>('relu', 'sigmoid', 'linear', 'elu', 'leakyrelu'),
    seed: fc.integer({ min: 1, max: 10_000 }),
  });

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
      fc.asyncProperty(productsOf(70, { min: 1, max: 90 }, 70), async (p) => {
        const onCpu = await product('cpu', p);
        await tf.setBackend('wasm');
        const dataBefore = tf.engine().backend.numDataIds();
        const onWasm = await product('wasm', p);
        expect(tf.engine().backend.numDataIds()).toBe(dataBefore);
        expect(onWasm.length).toBe(onCpu.length);
        onCpu.forEach((v, i) => expect(Math.abs(onWasm[i] - v)).toBeLessThan(1e-4 * Math.max(1, Math.abs(v))));
      }),
      { numRuns: 120, seed: 20261124 },
    );
  });

  // The hot path: every 784-input layer multiplies over more than one 256-deep block (gemm.ts), so
  // later blocks add to what the earlier ones left, with the bias and activation applied once at the end.
  it('multiply as the CPU backend does over several depth blocks, with every activation, in every layout', async () => {
    await fc.assert(
      fc.asyncProperty(productsOf(40, { min: 257, max: 900 }, 40), async (p) => {
        const onCpu = await product('cpu', p);
        const onWasm = await product('wasm', p);
        expect(onWasm.length).toBe(onCpu.length);
        // Sums of up to 900 products of N(0, 1) values: float32 rounding grows with the depth.
        const scale = Math.sqrt(p.inner);
        onCpu.forEach((v, i) => expect(Math.abs(onWasm[i] - v)).toBeLessThan(1e-5 * scale * Math.max(1, Math.abs(v))));
      }),
      { numRuns: 40, seed: 20261207 },
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

  it("store Adam's moments below 2^-100 as 0, so a zero gradient's decaying moment never turns subnormal", async () => {
    await tf.setBackend('wasm');
    new FusedAdam(0.01).dispose(); // registers its kernel
    // Several units (16,384 values each), a ragged last one; every fourth value tiny, the next just above.
    const size = 40_003;
    const pattern = (i: number, tiny: number, above: number, normal: number) =>
      [tiny, above, normal, -normal][i % 4] * (1 + (i % 5) / 10);
    const arrays = {
      value: Float32Array.from({ length: size }, (_, i) => Math.sin(i)),
      first: Float32Array.from({ length: size }, (_, i) => pattern(i, 5e-31, 1e-29, 1e-3)),
      second: Float32Array.from({ length: size }, (_, i) => Math.abs(pattern(i, 5e-31, 1e-28, 1e-6))),
      gradient: Float32Array.from({ length: size }, (_, i) => (i % 4 < 2 ? 0 : Math.cos(i) * 1e-2)),
    };
    const attrs = {
      learningRate: 0.01,
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-7,
      firstCorrection: 0.1,
      secondCorrection: 0.001,
    };
    const inputs = Object.fromEntries(Object.entries(arrays).map(([name, values]) => [name, tf.tensor1d(values)]));
    const outputs = tf.engine().runKernel('LabAdamUpdate', inputs, attrs as unknown as tf.NamedAttrMap) as tf.Tensor[];
    const [value, first, second] = await Promise.all(outputs.map(async (t) => (await t.data()) as Float32Array));
    tf.dispose([...outputs, ...Object.values(inputs)]);
    const reference = { value: new Float32Array(size), first: new Float32Array(size), second: new Float32Array(size) };
    adamStep(arrays.value, arrays.first, arrays.second, arrays.gradient, reference, attrs);
    const tiny = 2 ** -100;
    // float32 rounding where the two terms of a moment cancel: a floor far under the normal moments'
    // size (1e-3, 1e-6), far over the tiny ones' (1e-29), which must match to the digit.
    for (const [ours, theirs, floor] of [
      [first, reference.first, 1e-9],
      [second, reference.second, 1e-12],
    ] as const) {
      theirs.forEach((v, i) => {
        if (Math.abs(v) < tiny) expect(ours[i]).toBe(0);
        else if (Math.abs(v) < 1e-20) expect(Math.abs(ours[i] - v)).toBeLessThanOrEqual(1e-6 * Math.abs(v));
        else expect(Math.abs(ours[i] - v)).toBeLessThanOrEqual(1e-5 * Math.abs(v) + floor);
      });
      // A quarter decayed below the threshold (flushed), a quarter stayed just above it (kept, not zeroed).
      expect(theirs.filter((v) => v !== 0 && Math.abs(v) < tiny).length).toBe(Math.ceil(size / 4));
      expect(ours.filter((v) => v !== 0 && Math.abs(v) < 1e-27).length).toBeGreaterThanOrEqual(Math.floor(size / 4));
    }
    reference.value.forEach((v, i) =>
      expect(Math.abs(value[i] - v)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(v))),
    );
  });
});
