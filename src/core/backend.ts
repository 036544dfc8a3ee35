import * as tf from '@tensorflow/tfjs';
import type { BackendChoice } from './config';
import { registerWasmConvGradients } from './engine/wasmConvGradients';

export type BackendName = Exclude<BackendChoice, 'auto'>;

export interface BackendSelection {
  active: BackendName;
  /** Why each backend tried before the active one was skipped. */
  skipped: { name: BackendName; reason: string }[];
  /** Set when a forced backend could not be used: which, and why (the page words the notice). */
  fallback: { requested: BackendName; reason: string } | null;
}

const autoChain: BackendName[] = ['webgpu', 'webgl', 'wasm', 'cpu'];

export interface BackendOptions {
  /** Where the page serves the WASM binaries (file name -> URL); Node finds them itself. */
  wasmPaths?: Record<string, string>;
}

type Attempt = { ok: true } | { ok: false; reason: string };

async function prepareWebGpu(): Promise<Attempt> {
  const gpu = (globalThis.navigator as Navigator | undefined)?.gpu;
  if (!gpu) return { ok: false, reason: 'this browser exposes no navigator.gpu (WebGPU unsupported or disabled)' };
  const adapter = await gpu.requestAdapter().catch(() => null);
  if (!adapter) return { ok: false, reason: 'navigator.gpu.requestAdapter() found no GPU adapter' };
  // Registers the backend; loaded only when WebGPU is actually present.
  await import('@tensorflow/tfjs-backend-webgpu');
  return { ok: true };
}

async function attempt(name: BackendName, options: BackendOptions): Promise<Attempt> {
  if (name === 'wasm') {
    if (typeof WebAssembly === 'undefined') return { ok: false, reason: 'this browser has no WebAssembly' };
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    if (options.wasmPaths) wasm.setWasmPaths(options.wasmPaths);
    // The convolution gradient it lacks, so every convolutional detector trains on it too.
    registerWasmConvGradients();
  }
  if (name === 'webgpu') {
    const ready = await prepareWebGpu();
    if (!ready.ok) return ready;
  }
  try {
    if (!(await tf.setBackend(name))) return { ok: false, reason: `tf.setBackend('${name}') failed to initialise` };
    await tf.ready();
  } catch (error) {
    return { ok: false, reason: `initialising ${name} threw: ${(error as Error).message}` };
  }
  // A backend can initialise yet compute garbage (e.g. WebGPU on a broken driver): check a sum.
  try {
    const sum = tf.tidy(() => tf.add(tf.tensor1d([1, 2, 3]), tf.tensor1d([10, 20, 30])));
    const values = await sum.data();
    sum.dispose();
    if (values[0] !== 11 || values[1] !== 22 || values[2] !== 33) {
      return { ok: false, reason: `${name} computed a wrong result in a self-test` };
    }
  } catch (error) {
    return { ok: false, reason: `${name} failed a self-test: ${(error as Error).message}` };
  }
  return { ok: true };
}

/**
 * Picks the fastest backend that works: WebGPU, then WebGL, then WASM, then CPU. A forced choice is tried
 * first; if it fails the chain continues and `fallback` says so.
 */
export async function selectBackend(choice: BackendChoice, options: BackendOptions = {}): Promise<BackendSelection> {
  const order: BackendName[] = choice === 'auto' ? autoChain : [choice, ...autoChain.filter((b) => b !== choice)];
  const skipped: BackendSelection['skipped'] = [];
  for (const name of order) {
    const result = await attempt(name, options);
    if (result.ok) {
      const forcedFailed = choice !== 'auto' && name !== choice;
      return {
        active: name,
        skipped,
        fallback: forcedFailed ? { requested: choice, reason: skipped[0].reason } : null,
      };
    }
    skipped.push({ name, reason: result.reason });
  }
  throw new Error(`No TensorFlow.js backend works here: ${skipped.map((s) => `${s.name}: ${s.reason}`).join('; ')}`);
}

/**
 * The backend's matrix-multiply throughput in GFLOP/s: square size x size products, repeated
 * until at least `minMilliseconds` have passed (after one warm-up), counting 2 n^3 FLOPs each.
 */
export async function measureMatmulGflops(size: number, minMilliseconds: number): Promise<number> {
  const a = tf.randomUniform([size, size]);
  const b = tf.randomUniform([size, size]);
  const once = async () => {
    const product = tf.matMul(a, b);
    await product.data();
    product.dispose();
  };
  await once();
  let repetitions = 0;
  const start = performance.now();
  while (performance.now() - start < minMilliseconds) {
    // Queue a few products before reading back, so the device is never idle between them.
    const products = Array.from({ length: 4 }, () => tf.matMul(a, b));
    await products[products.length - 1].data();
    tf.dispose(products);
    repetitions += products.length;
  }
  const seconds = (performance.now() - start) / 1000;
  tf.dispose([a, b]);
  return (2 * size ** 3 * repetitions) / seconds / 1e9;
}
