import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLabKernels } from './labKernels';
import { nodeKernelHost } from './nodeKernelHost';
import { depthSlices, registerLabConvolutions } from './labConvolutions';
import { registerWasmConvGradients } from './wasmConvGradients';
import { registerWasmConvInputGradient } from './wasmConvInputGradient';

interface Case {
  batch: number;
  size: [number, number];
  channels: number;
  filters: number;
  filter: [number, number];
  stride: number;
  dilation: number;
  pad: 'same' | 'valid';
  bias: boolean;
  activation: 'linear' | 'relu' | 'leakyrelu' | 'sigmoid';
  seed: number;
}

/** The forward output and the gradients of a weighted sum of it for x, the filter and the bias. */
async function run(backend: string, p: Case): Promise<Float32Array[]> {
  await tf.setBackend(backend);
  const results = tf.tidy(() => {
    const x = tf.randomNormal([p.batch, ...p.size, p.channels], 0, 1, 'float32', p.seed) as tf.Tensor4D;
    const w = tf.randomNormal([...p.filter, p.channels, p.filters], 0, 1, 'float32', p.seed + 1) as tf.Tensor4D;
    const b = tf.randomNormal([p.filters], 0, 1, 'float32', p.seed + 2) as tf.Tensor1D;
    const forward = (xs: tf.Tensor4D, ws: tf.Tensor4D, bs: tf.Tensor1D) =>
      tf.fused.conv2d({
        x: xs,
        filter: ws,
        strides: p.stride,
        pad: p.pad,
        dilations: p.dilation,
        bias: p.bias ? bs : undefined,
        activation: p.activation,
        leakyreluAlpha: 0.2,
      });
    const out = forward(x, w, b);
    const weights = tf.randomNormal(out.shape, 0, 1, 'float32', p.seed + 3);
    const loss = (xs: tf.Tensor, ws: tf.Tensor, bs: tf.Tensor) =>
      tf.sum(tf.mul(forward(xs as tf.Tensor4D, ws as tf.Tensor4D, bs as tf.Tensor1D), weights));
    // TensorFlow.js has no gradients for a dilated convolution: its forward pass alone is compared.
    if (p.dilation > 1) return [out];
    // The bias has a gradient only where the convolution adds it.
    const grads = p.bias ? tf.grads(loss)([x, w, b]) : tf.grads((xs, ws) => loss(xs, ws, b))([x, w]);
    return [out, ...grads];
  });
  const values = await Promise.all(results.map((t) => t.data() as Promise<Float32Array>));
  tf.dispose(results);
  return values;
}

describe("convolutions on the lab's WASM kernels", () => {
  beforeAll(async () => {
    await tf.setBackend('wasm');
    registerWasmConvGradients();
    registerWasmConvInputGradient();
    registerLabConvolutions();
    expect(await startLabKernels(nodeKernelHost, 1)).toBe(1);
  });
  afterAll(async () => {
    await tf.setBackend('cpu');
  });

  it('compute what the CPU backend does: output, input, filter and bias gradients', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          batch: fc.integer({ min: 1, max: 3 }),
          size: fc.tuple(fc.integer({ min: 1, max: 11 }), fc.integer({ min: 1, max: 11 })),
          channels: fc.integer({ min: 1, max: 6 }),
          filters: fc.integer({ min: 1, max: 9 }),
          filter: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })),
          stride: fc.integer({ min: 1, max: 3 }),
          dilation: fc.integer({ min: 1, max: 2 }),
          pad: fc.constantFrom('same' as const, 'valid' as const),
          bias: fc.boolean(),
          activation: fc.constantFrom('linear' as const, 'relu' as const, 'leakyrelu' as const, 'sigmoid' as const),
          seed: fc.integer({ min: 1, max: 10_000 }),
        }),
        async (drawn) => {
          // TensorFlow.js takes a stride or a dilation above 1, not both; a valid pad needs the filter to fit.
          const p = { ...drawn, dilation: drawn.stride > 1 ? 1 : drawn.dilation };
          const reach = p.filter.map((f) => (f - 1) * p.dilation + 1);
          if (p.pad === 'valid' && (reach[0] > p.size[0] || reach[1] > p.size[1])) return;
          const onCpu = await run('cpu', p);
          await tf.setBackend('wasm');
          const dataBefore = tf.engine().backend.numDataIds();
          const onWasm = await run('wasm', p);
          expect(tf.engine().backend.numDataIds()).toBe(dataBefore);
          onCpu.forEach((values, which) => {
            expect(onWasm[which].length).toBe(values.length);
            values.forEach((v, i) =>
              expect(Math.abs(onWasm[which][i] - v)).toBeLessThan(1e-4 * Math.max(1, Math.abs(v))),
            );
          });
        },
      ),
      { numRuns: 120, seed: 20261124 },
    );
  });

  it('share a deep filter gradient between threads in slices of its depth, summed to the same result', async () => {
    // A first layer's filter gradient at batch 64: 16 x 9 values summed over 12,544 positions.
    expect(depthSlices(12_544, 4)).toBe(4);
    expect(depthSlices(3_000, 4)).toBe(1);
    expect(depthSlices(3_136, 24)).toBe(1);
    const p: Case = {
      batch: 64,
      size: [28, 28],
      channels: 1,
      filters: 16,
      filter: [3, 3],
      stride: 2,
      dilation: 1,
      pad: 'same',
      bias: true,
      activation: 'relu',
      seed: 7,
    };
    const onCpu = await run('cpu', p);
    const onWasm = await run('wasm', p);
    onCpu.forEach((values, which) =>
      values.forEach((v, i) => expect(Math.abs(onWasm[which][i] - v)).toBeLessThan(1e-3 * Math.max(1, Math.abs(v)))),
    );
  });
});
