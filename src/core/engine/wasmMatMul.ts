import * as tf from '@tensorflow/tfjs';
import { labMatMul } from './labKernels';
import { runWasmKernel, type KernelBackendWithData, type TensorInfo, type KernelArgs } from './wasmKernel';

/**
 * TensorFlow.js's WASM backend multiplies matrices with XNNPACK only when neither operand is
 * transposed; a transposed operand falls to a plain blocked loop, 10-25x slower here. Training
 * asks for exactly those products (a dense layer's backward pass: x^T dy for the weights, dy W^T
 * for the input), so on WASM the backward pass cost most of every step. This wrapper transposes a
 * transposed operand first (WASM's own Transpose kernel, linear time) and hands the product to the
 * fast path: the same numbers, in a fraction of the time.
 *
 * The fast path also re-arranges ("packs") its right operand on every product whose right operand
 * it has not seen (XNNPACK keeps that work per operand, which suits inference's fixed weights): in
 * training every operand is new, and packing a 784x128 weight matrix costs more than the product
 * at batch 64, on one thread whatever the thread pool. So where the right operand is the larger
 * one, the wrapper computes C^T = B^T A^T instead, packing the smaller operand.
 */

const wrapped = new Set<string>();
/** WASM's own BatchMatMul, as registered before the lab wrapped it. */
let plainBatchMatMul: tf.KernelConfig | undefined;

/** Right operands smaller than this (elements) pack in less time than the extra transposes take. */
const minPackedToSwap = 16_384;

/**
 * Whether an unbatched product of m x k by k x n should run as (B^T A^T)^T: the fast path packs
 * its right operand (k x n) anew every time, and packing costs several times what a transpose
 * costs per element, so the smaller side (k x m) should be the one packed once it is clearly
 * smaller and the product large enough for packing to matter.
 */
export function packsLeftOperand(m: number, k: number, n: number): boolean {
  return k * n >= minPackedToSwap && n >= 1.5 * m;
}

/**
 * Right operands met before. XNNPACK keeps its packing of a plain (untransposed) right operand for
 * as long as that tensor lives, so one used again (fixed weights while a test set is scored batch
 * by batch) is cheapest on the plain path; in training every weight is a new tensor each step.
 */
const metBefore = new WeakSet<object>();

/** Whether this product runs swapped: the operand would be packed anew, and the left one is smaller. */
export function swapsProduct(m: number, k: number, n: number, rightTransposed: boolean, rightMetBefore: boolean) {
  return (rightTransposed || !rightMetBefore) && packsLeftOperand(m, k, n);
}

/** x with its last two dimensions swapped, by WASM's own Transpose. */
const transpose = (backend: tf.KernelBackend, x: TensorInfo): TensorInfo => {
  const rank = x.shape.length;
  return runWasmKernel('Transpose', backend, { x }, { perm: [...Array(rank - 2).keys(), rank - 1, rank - 2] });
};

/** Activations the swapped product applies after its bias (the others keep the fused kernel). */
const activationKernels: Record<string, string | null> = { linear: null, relu: 'Relu', sigmoid: 'Sigmoid' };

type MatMulAttrs = { transposeA?: boolean; transposeB?: boolean; activation?: string };

/**
 * C = act(A B + bias) as (B^T A^T)^T: B^T and A^T come free where the caller asked for B or A
 * transposed, the plain fast product packs A^T, and the bias and activation follow as WASM kernels.
 */
function swappedProduct(args: KernelArgs, original: tf.KernelConfig): TensorInfo {
  const backend = args.backend as KernelBackendWithData;
  const { a, b, bias } = args.inputs as unknown as { a: TensorInfo; b: TensorInfo; bias?: TensorInfo };
  const { transposeA, transposeB, activation = 'linear' } = (args.attrs ?? {}) as MatMulAttrs;
  const made: TensorInfo[] = [];
  const keep = (t: TensorInfo) => (made.push(t), t);
  try {
    const left = transposeB ? b : keep(transpose(backend, b));
    const right = transposeA ? a : keep(transpose(backend, a));
    const productT = keep(
      original.kernelFunc({
        inputs: { a: left, b: right } as unknown as tf.NamedTensorInfoMap,
        backend,
        attrs: { transposeA: false, transposeB: false } as unknown as tf.NamedAttrMap,
      }) as TensorInfo,
    );
    let result = transpose(backend, productT);
    if (bias) {
      const biased = runWasmKernel('Add', backend, { a: result, b: bias }, {});
      made.push(result);
      result = biased;
    }
    const activationKernel = activationKernels[activation];
    if (activationKernel) {
      const activated = runWasmKernel(activationKernel, backend, { x: result }, {});
      made.push(result);
      result = activated;
    }
    return result;
  } finally {
    for (const t of made) backend.disposeData(t.dataId);
  }
}

/** The product's m, k, n when it is unbatched (leading dimensions all 1), else null. */
function unbatchedSizes(a: TensorInfo, b: TensorInfo, transposeA?: boolean, transposeB?: boolean) {
  const leading = [...a.shape.slice(0, -2), ...b.shape.slice(0, -2)];
  if (leading.some((d) => d !== 1) || a.shape.length !== b.shape.length) return null;
  const [aRows, aCols] = a.shape.slice(-2);
  const [bRows, bCols] = b.shape.slice(-2);
  return { m: transposeA ? aCols : aRows, k: transposeA ? aRows : aCols, n: transposeB ? bRows : bCols };
}

/** Wraps one matrix-product kernel (plain or fused with bias and activation) of the WASM backend. */
function wrap(kernelName: 'BatchMatMul' | '_FusedMatMul', plain: tf.KernelConfig): void {
  const original = tf.getKernel(kernelName, 'wasm');
  if (wrapped.has(kernelName) || !original) return;
  const kernelFunc = (args: KernelArgs) => {
    const own = labMatMul(args);
    if (own) return own;
    const { transposeA, transposeB, activation = 'linear' } = (args.attrs ?? {}) as MatMulAttrs;
    const { a, b, preluActivationWeights } = args.inputs as unknown as Record<string, TensorInfo | undefined>;
    const sizes = unbatchedSizes(a!, b!, transposeA, transposeB);
    const met = metBefore.has(b!.dataId);
    metBefore.add(b!.dataId);
    if (
      sizes &&
      swapsProduct(sizes.m, sizes.k, sizes.n, Boolean(transposeB), met) &&
      activation in activationKernels &&
      !preluActivationWeights
    ) {
      return swappedProduct(args, plain);
    }
    if (!transposeA && !transposeB) return original.kernelFunc(args);
    const backend = args.backend as KernelBackendWithData;
    const plainA = transposeA ? transpose(backend, a!) : a!;
    const plainB = transposeB ? transpose(backend, b!) : b!;
    try {
      return original.kernelFunc({
        inputs: { ...args.inputs, a: plainA, b: plainB } as unknown as tf.NamedTensorInfoMap,
        backend,
        attrs: { ...args.attrs, transposeA: false, transposeB: false },
      });
    } finally {
      if (plainA !== a) backend.disposeData(plainA.dataId);
      if (plainB !== b) backend.disposeData(plainB.dataId);
    }
  };
  tf.unregisterKernel(kernelName, 'wasm');
  // The original's setup (binding its native function) stays: it runs when the backend starts.
  tf.registerKernel({ ...original, kernelFunc: kernelFunc as unknown as tf.KernelFunc });
  wrapped.add(kernelName);
}

/** Routes every transposed matrix product of the WASM backend to its fast path (once). */
export function registerWasmFastTransposedMatMul(): void {
  // Both wrappers hand a swapped product to WASM's own plain BatchMatMul, captured before wrapping.
  if (!wrapped.has('BatchMatMul')) plainBatchMatMul = tf.getKernel('BatchMatMul', 'wasm');
  if (!plainBatchMatMul) return;
  wrap('BatchMatMul', plainBatchMatMul);
  wrap('_FusedMatMul', plainBatchMatMul);
}
