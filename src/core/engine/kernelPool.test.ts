import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkOf, createChannel, KernelPool, type LabKernelExports } from './kernelPool';

// The pool as the browser runs it, on real threads: helpers in worker threads running this very
// module (bundled to plain JavaScript, which a worker thread can load) on one shared memory.
const moduleBytes = readFileSync(new URL('./generated/labKernels-shared.wasm', import.meta.url));
const module = new WebAssembly.Module(moduleBytes);
const memory = new WebAssembly.Memory({ initial: 256, maximum: 65536, shared: true });
const kernels = new WebAssembly.Instance(module, { env: { memory } }).exports as unknown as LabKernelExports;
const channel = createChannel();
const helpers: Worker[] = [];

const helperSource = `
const { workerData } = require('node:worker_threads');
const pool = { exports: {} };
new Function('module', 'exports', workerData.poolSource)(pool, pool.exports);
const instance = new WebAssembly.Instance(workerData.module, { env: { memory: workerData.memory } });
pool.exports.helperLoop(instance.exports, workerData.channel, () => performance.now());`;

/** Seeded values in [-1, 1) (a plain LCG: the tests need repeatable operands, not quality randomness). */
function uniformFrom(seed: number): () => number {
  let state = seed;
  return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31) * 2 - 1;
}

describe('the kernel pool on real threads', () => {
  beforeAll(async () => {
    const bundle = await build({
      input: new URL('./kernelPool.ts', import.meta.url).pathname,
      write: false,
      output: { format: 'cjs' },
    });
    const poolSource = bundle.output[0].code;
    for (let i = 0; i < 2; i += 1) {
      helpers.push(new Worker(helperSource, { eval: true, workerData: { poolSource, module, memory, channel } }));
    }
  });
  afterAll(async () => {
    await Promise.all(helpers.map((h) => h.terminate()));
  });

  it('gives every product exactly what one thread computes, with the helpers taking part', async () => {
    const pooled = new KernelPool(kernels, channel, 3);
    const alone = new KernelPool(kernels, null, 1);
    const heap = new Float32Array(memory.buffer);
    // Let the helpers start; units they miss meanwhile the calling thread takes.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const random = uniformFrom(7);
    for (let job = 0; job < 60; job += 1) {
      const [m, k, n] = [1 + (job % 7) * 23, 1 + ((job * 5) % 9) * 41, 1 + ((job * 3) % 11) * 19];
      const [a, b, c1, c2] = [0, m * k, m * k + k * n, m * k + k * n + m * n].map((x) => 4096 + 4 * x);
      for (let i = 0; i < m * k + k * n; i += 1) heap[a / 4 + i] = random();
      const args = (c: number) => [a, b, c, m, k, n, k, 1, 0, 0];
      alone.run('gemm', args(c1), kernels.unitCount(m, k, n));
      pooled.run('gemm', args(c2), kernels.unitCount(m, k, n));
      const [one, many] = [heap.subarray(c1 / 4, c1 / 4 + m * n), heap.subarray(c2 / 4, c2 / 4 + m * n)];
      // The same units, each computed whole by one thread: equal to the bit.
      expect(Buffer.from(many.buffer, many.byteOffset, many.byteLength)).toEqual(
        Buffer.from(one.buffer, one.byteOffset, one.byteLength),
      );
    }
    expect(pooled.helpedUnits()).toBeGreaterThan(0);
  });

  it('fuses bias and relu, reads A in either layout, across the depth block: threads equal one thread and the reference', () => {
    const pooled = new KernelPool(kernels, channel, 3);
    const alone = new KernelPool(kernels, null, 1);
    const heap = new Float32Array(memory.buffer);
    const random = uniformFrom(11);
    // Depths past 256 (the kernel's depth block) make a product accumulate over several passes,
    // the path of every 784-input layer; the bias and relu are applied once, after the last.
    for (const [m, k, n] of [
      [64, 784, 128],
      [37, 300, 70],
      [130, 513, 33],
    ]) {
      for (const transposedA of [false, true]) {
        for (const relu of [false, true]) {
          const [a, b, bias, c1, c2] = [0, m * k, m * k + k * n, m * k + k * n + n, m * k + k * n + n + m * n].map(
            (x) => 4096 + 4 * x,
          );
          for (let i = 0; i < m * k + k * n + n; i += 1) heap[a / 4 + i] = random();
          // Row-major A: element (i, p) at i k + p; stored transposed (k x m): at p m + i.
          const [rowStride, colStride] = transposedA ? [1, m] : [k, 1];
          const args = (c: number) => [a, b, c, m, k, n, rowStride, colStride, bias, relu ? 1 : 0];
          alone.run('gemm', args(c1), kernels.unitCount(m, k, n));
          pooled.run('gemm', args(c2), kernels.unitCount(m, k, n));
          const [one, many] = [heap.subarray(c1 / 4, c1 / 4 + m * n), heap.subarray(c2 / 4, c2 / 4 + m * n)];
          expect(Buffer.from(many.buffer, many.byteOffset, many.byteLength)).toEqual(
            Buffer.from(one.buffer, one.byteOffset, one.byteLength),
          );
          let worst = 0;
          for (let i = 0; i < m; i += 1) {
            for (let j = 0; j < n; j += 1) {
              let sum = heap[bias / 4 + j];
              for (let p = 0; p < k; p += 1)
                sum += heap[a / 4 + i * rowStride + p * colStride] * heap[b / 4 + p * n + j];
              const expected = relu ? Math.max(sum, 0) : sum;
              worst = Math.max(worst, Math.abs(many[i * n + j] - expected) / (1 + Math.abs(expected)));
            }
          }
          // Float32 accumulation over k terms: within k units in the last place of the scale.
          expect(worst).toBeLessThan(k * 2 ** -23);
        }
      }
    }
    expect(pooled.helpedUnits()).toBeGreaterThan(0);
  });

  it('runs a convolution (im2col, then a product with bias and relu, 288 deep) on threads as on one, as the reference', () => {
    const pooled = new KernelPool(kernels, channel, 3);
    const alone = new KernelPool(kernels, null, 1);
    const heap = new Float32Array(memory.buffer);
    const random = uniformFrom(5);
    // NHWC input 3 x 9 x 8 x 32, a 3x3 filter to 24 channels, stride 1, 'same' padding: k = 288, past
    // the 256 depth block, as a conv AE's second layer.
    const [batch, height, width, channels, out] = [3, 9, 8, 32, 24];
    const [taps, positions] = [9 * channels, batch * height * width];
    const layout = [height, width, channels, height, width, 3, 3, 1, 1, 1, 1, 1, 1];
    const x = 4096;
    const filter = x + 4 * batch * height * width * channels;
    const bias = filter + 4 * taps * out;
    const [cols1, cols2] = [bias + 4 * out, bias + 4 * out + 4 * positions * taps];
    const [y1, y2] = [cols2 + 4 * positions * taps, cols2 + 4 * positions * taps + 4 * positions * out];
    for (let i = 0; i < (bias - x) / 4 + out; i += 1) heap[x / 4 + i] = random();
    alone.run('im2col', [x, cols1, ...layout], batch * height);
    pooled.run('im2col', [x, cols2, ...layout], batch * height);
    const gemmArgs = (cols: number, y: number) => [cols, filter, y, positions, taps, out, taps, 1, bias, 1];
    alone.run('gemm', gemmArgs(cols1, y1), kernels.unitCount(positions, taps, out));
    pooled.run('gemm', gemmArgs(cols2, y2), kernels.unitCount(positions, taps, out));
    const [one, many] = [
      heap.subarray(y1 / 4, y1 / 4 + positions * out),
      heap.subarray(y2 / 4, y2 / 4 + positions * out),
    ];
    expect(Buffer.from(many.buffer, many.byteOffset, many.byteLength)).toEqual(
      Buffer.from(one.buffer, one.byteOffset, one.byteLength),
    );
    // The convolution written out: every output pixel and channel from the input, in float64.
    let worst = 0;
    for (let n = 0; n < batch; n += 1) {
      for (let r = 0; r < height; r += 1) {
        for (let c = 0; c < width; c += 1) {
          for (let o = 0; o < out; o += 1) {
            let sum = heap[bias / 4 + o];
            for (let i = 0; i < 3; i += 1) {
              for (let j = 0; j < 3; j += 1) {
                const [rr, cc] = [r + i - 1, c + j - 1];
                if (rr < 0 || rr >= height || cc < 0 || cc >= width) continue;
                for (let ch = 0; ch < channels; ch += 1) {
                  const input = heap[x / 4 + ((n * height + rr) * width + cc) * channels + ch];
                  sum += input * heap[filter / 4 + ((i * 3 + j) * channels + ch) * out + o];
                }
              }
            }
            const got = many[((n * height + r) * width + c) * out + o];
            worst = Math.max(worst, Math.abs(got - Math.max(sum, 0)) / (1 + Math.abs(sum)));
          }
        }
      }
    }
    expect(worst).toBeLessThan(taps * 2 ** -23);
    expect(pooled.helpedUnits()).toBeGreaterThan(0);
  });

  it('records, while a profile runs, each kernel’s calls, units and the units the helpers took', async () => {
    const pooled = new KernelPool(kernels, channel, 3);
    const [m, k, n] = [256, 300, 200];
    const units = kernels.unitCount(m, k, n);
    const args = [4096, 4096 + 4 * m * k, 4096 + 4 * (m * k + k * n), m, k, n, k, 1, 0, 0];
    pooled.run('gemm', args, units);
    pooled.startProfile();
    for (let call = 0; call < 5; call += 1) pooled.run('gemm', args, units);
    pooled.run('sumRows', [4096, 4096 + 4 * m * k, 64, 200], 4);
    const profile = pooled.takeProfile();
    expect(profile.map((p) => p.kernel).sort()).toEqual(['gemm', 'sumRows']);
    const gemm = profile.find((p) => p.kernel === 'gemm')!;
    expect(gemm).toMatchObject({ calls: 5, units: 5 * units });
    expect(gemm.ms).toBeGreaterThan(0);
    expect(gemm.helped).toBeGreaterThanOrEqual(0);
    expect(gemm.helped).toBeLessThanOrEqual(gemm.units);
    // Ended: later calls are not recorded.
    pooled.run('gemm', args, units);
    expect(pooled.takeProfile()).toEqual([]);
  });

  it('claims many small units in chunks, each unit run once: sums equal to one thread’s to the bit', () => {
    const pooled = new KernelPool(kernels, channel, 3);
    const alone = new KernelPool(kernels, null, 1);
    const heap = new Float32Array(memory.buffer);
    // 203 units of 64 columns (the last one ragged) over 9 rows: chunks of 4, a short last chunk.
    const [rows, columns] = [9, 203 * 64 - 17];
    const units = Math.ceil(columns / 64);
    expect(chunkOf(units, 3)).toBe(4);
    const [x, one, many] = [4096, 4096 + 4 * rows * columns, 4096 + 4 * (rows + 1) * columns];
    for (let i = 0; i < rows * columns; i += 1) heap[x / 4 + i] = Math.sin(i) * 1e3;
    heap.fill(NaN, many / 4, many / 4 + columns);
    alone.run('sumRows', [x, one, rows, columns], units);
    pooled.startProfile();
    pooled.run('sumRows', [x, many, rows, columns], units);
    const [profile] = pooled.takeProfile();
    expect(profile).toMatchObject({ kernel: 'sumRows', calls: 1, units });
    const [a, b] = [heap.subarray(one / 4, one / 4 + columns), heap.subarray(many / 4, many / 4 + columns)];
    expect(Buffer.from(b.buffer, b.byteOffset, b.byteLength)).toEqual(
      Buffer.from(a.buffer, a.byteOffset, a.byteLength),
    );
    expect(chunkOf(32, 2)).toBe(1);
    expect(chunkOf(896, 2)).toBe(28);
  });
});
