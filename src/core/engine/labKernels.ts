import * as tf from '@tensorflow/tfjs';
import { createChannel, KernelPool, type LabKernelExports, type PoolChannel } from './kernelPool';
import { runWasmKernel, type KernelArgs, type KernelBackendWithData, type TensorInfo } from './wasmKernel';

/**
 * The lab's own WASM kernels (wasm-kernels/), run on TensorFlow.js's WASM memory by a pool of
 * threads (kernelPool.ts): here matrix products in every layout a dense layer's training asks for,
 * read in place (no transpose, no re-packing: XNNPACK re-packs a new right operand on one thread,
 * which cost more than the product at batch 64), and Adam's update; convolutions in
 * labConvolutions.ts, elementwise kernels in labElementwise.ts, sums in wasmDataKernels.ts.
 */

/** What a helper thread needs: the kernels, TensorFlow.js's memory and the pool's shared arrays. */
export interface HelperInit {
  module: WebAssembly.Module;
  memory: WebAssembly.Memory;
  channel: PoolChannel;
}

/** How the host provides the kernels: the compiled module for a memory kind, and helper threads. */
export interface LabKernelHost {
  /** The module importing a shared memory (threaded WASM build) or a plain one. */
  load(sharedMemory: boolean): Promise<WebAssembly.Module>;
  /** Starts one helper thread running `helperLoop` with this init; absent where there are none. */
  spawnHelper?(init: HelperInit): void;
}

/** The parts of TensorFlow.js's WASM backend the kernels read. */
export interface WasmBackendInternals extends KernelBackendWithData {
  wasm: { wasmMemory?: WebAssembly.Memory; asm?: { memory?: WebAssembly.Memory } };
  dataIdMap: { get(dataId: object): { memoryOffset: number } | undefined };
  makeOutput(shape: number[], dtype: tf.DataType): TensorInfo;
}

export interface Active {
  pool: KernelPool;
  backend: WasmBackendInternals;
}

let active: Active | null = null;

/** The running kernels, where they run on this backend. */
export function kernelsOn(backend: tf.KernelBackend): Active | null {
  return active && backend === (active.backend as unknown) ? active : null;
}

/** The running pool (for profiles), or null. */
export function labKernelPool(): KernelPool | null {
  return active?.pool ?? null;
}

/** Threads the lab's kernels compute with (0 when they are not running). */
export function labKernelThreads(): number {
  return active?.pool.threads ?? 0;
}

/**
 * Starts the kernels on the WASM backend just set: one instance on its memory here, and
 * `threads - 1` helpers where that memory is shared. Returns the thread count, or 0 (and the
 * backend keeps TensorFlow.js's own kernels) when the module cannot run on this memory.
 */
export async function startLabKernels(host: LabKernelHost, threads: number): Promise<number> {
  const backend = tf.backend() as unknown as WasmBackendInternals;
  // The same backend set again (auto measures each in turn): its kernels and helpers run already.
  if (active?.backend === backend) return active.pool.threads;
  active = null;
  const memory = backend.wasm?.wasmMemory ?? backend.wasm?.asm?.memory;
  if (!memory) return 0;
  const shared = typeof SharedArrayBuffer !== 'undefined' && memory.buffer instanceof SharedArrayBuffer;
  const module = await host.load(shared);
  const instance = await WebAssembly.instantiate(module, { env: { memory } });
  const helpers = shared && host.spawnHelper ? Math.max(0, threads - 1) : 0;
  const channel = helpers > 0 ? createChannel() : null;
  for (let i = 0; i < helpers && channel; i += 1) host.spawnHelper!({ module, memory, channel });
  active = { pool: new KernelPool(instance.exports as unknown as LabKernelExports, channel, 1 + helpers), backend };
  return 1 + helpers;
}

/** Where a tensor's data starts in the WASM memory, in bytes. */
export function pointer(backend: WasmBackendInternals, t: TensorInfo): number {
  const offset = backend.dataIdMap.get(t.dataId)?.memoryOffset;
  if (offset === undefined) throw new Error('A tensor of the WASM backend has no data.');
  return offset;
}

/** Activations a product applies itself (linear, relu) or by one WASM kernel after it (name, attrs). */
const activationKernels: Record<string, ((alpha?: number) => [string, Record<string, unknown>]) | null> = {
  linear: null,
  relu: null,
  sigmoid: () => ['Sigmoid', {}],
  elu: () => ['Elu', {}],
  leakyrelu: (alpha) => ['LeakyRelu', { alpha: alpha ?? 0.2 }],
};

/** Whether the lab's products (and convolutions) can apply this fused activation. */
export const appliesActivation = (activation: string) => activation in activationKernels;

/** A product's output with its activation applied: the same tensor (linear, relu) or a new one, out freed. */
export function activated(
  backend: WasmBackendInternals,
  out: TensorInfo,
  activation: string,
  alpha?: number,
): TensorInfo {
  const after = activationKernels[activation];
  if (!after) return out;
  const [name, attrs] = after(alpha);
  const result = runWasmKernel(name, backend, { x: out }, attrs);
  backend.disposeData(out.dataId);
  return result;
}

type MatMulAttrs = { transposeA?: boolean; transposeB?: boolean; activation?: string; leakyreluAlpha?: number };

/**
 * C = act(A B + bias) for an unbatched float32 product with at most one operand transposed and a
 * bias of one value per column; null for anything else (the caller runs TensorFlow.js's kernel).
 */
export function labMatMul(args: KernelArgs): TensorInfo | null {
  const kernels = kernelsOn(args.backend);
  if (!kernels) return null;
  const { backend, pool } = kernels;
  const { a, b, bias, preluActivationWeights } = args.inputs as unknown as Record<string, TensorInfo | undefined>;
  const attrs = (args.attrs ?? {}) as MatMulAttrs;
  const { transposeA = false, transposeB = false, activation = 'linear' } = attrs;
  if (!a || !b || preluActivationWeights || !appliesActivation(activation)) return null;
  if (a.dtype !== 'float32' || b.dtype !== 'float32' || (transposeA && transposeB)) return null;
  const rank = a.shape.length;
  if (rank < 2 || b.shape.length !== rank || [...a.shape, ...b.shape].some((d, i) => i % rank < rank - 2 && d !== 1)) {
    return null;
  }
  const [aRows, aCols] = a.shape.slice(-2);
  const [bRows, bCols] = b.shape.slice(-2);
  const [m, k, n] = [transposeA ? aCols : aRows, transposeA ? aRows : aCols, transposeB ? bRows : bCols];
  if (bias && (bias.dtype !== 'float32' || tf.util.sizeFromShape(bias.shape) !== n || n === 1)) return null;
  const out = backend.makeOutput([...a.shape.slice(0, -2), m, n], 'float32');
  if (m * n > 0) {
    // Pointers after the output's allocation (which may grow the memory); they are offsets, so stay valid.
    const [aAt, bAt, cAt] = [pointer(backend, a), pointer(backend, b), pointer(backend, out)];
    const biasAt = bias ? pointer(backend, bias) : 0;
    const relu = activation === 'relu' ? 1 : 0;
    const units = pool.kernels.unitCount(m, k, n);
    if (transposeB) pool.run('gemmTransposedRight', [aAt, bAt, cAt, m, k, n, biasAt, relu], units);
    else pool.run('gemm', [aAt, bAt, cAt, m, k, n, transposeA ? 1 : k, transposeA ? m : 1, biasAt, relu], units);
  }
  return activated(backend, out, activation, attrs.leakyreluAlpha);
}

/** Elements of a variable per unit of Adam's update (64 KiB of each array). */
const adamUnit = 16_384;

/**
 * Adam's update of one variable (see fusedAdam.ts) into three new tensors, on the pool; null when
 * the kernels are not running on this backend.
 */
export function labAdam(
  backend: tf.KernelBackend,
  inputs: { value: TensorInfo; first: TensorInfo; second: TensorInfo; gradient: TensorInfo },
  constants: { beta1: number; beta2: number; stepSize: number; shiftedEpsilon: number },
): TensorInfo[] | null {
  const kernels = kernelsOn(backend);
  if (!kernels) return null;
  const { pool, backend: wasm } = kernels;
  const outputs = [0, 1, 2].map(() => wasm.makeOutput(inputs.value.shape, 'float32'));
  const size = tf.util.sizeFromShape(inputs.value.shape);
  const { value, first, second, gradient } = inputs;
  const at = [value, first, second, gradient, ...outputs].map((t) => pointer(wasm, t));
  const { beta1, beta2, stepSize, shiftedEpsilon } = constants;
  // Units of adamUnit elements: the kernel's range is in elements, so the pool's unit index is scaled.
  pool.run('adam', [...at, beta1, beta2, stepSize, shiftedEpsilon, adamUnit, size], Math.ceil(size / adamUnit));
  return outputs;
}
