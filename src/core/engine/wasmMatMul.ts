import * as tf from '@tensorflow/tfjs';
import { runWasmKernel, type KernelBackendWithData, type TensorInfo } from './wasmKernel';

/**
 * TensorFlow.js's WASM backend multiplies matrices with XNNPACK only when neither operand is
 * transposed; a transposed operand falls to a plain blocked loop, 10-25x slower here. Training
 * asks for exactly those products (a dense layer's backward pass: x^T dy for the weights, dy W^T
 * for the input), so on WASM the backward pass cost most of every step. This wrapper transposes a
 * transposed operand first (WASM's own Transpose kernel, linear time) and hands the product to the
 * fast path: the same numbers, in a fraction of the time.
 */

const wrapped = new Set<string>();

/** x with its last two dimensions swapped, by WASM's own Transpose. */
const transpose = (backend: tf.KernelBackend, x: TensorInfo): TensorInfo => {
  const rank = x.shape.length;
  return runWasmKernel('Transpose', backend, { x }, { perm: [...Array(rank - 2).keys(), rank - 1, rank - 2] });
};

/** Wraps one matrix-product kernel (plain or fused with bias and activation) of the WASM backend. */
function wrap(kernelName: 'BatchMatMul' | '_FusedMatMul'): void {
  const original = tf.getKernel(kernelName, 'wasm');
  if (wrapped.has(kernelName) || !original) return;
  const kernelFunc = (args: { inputs: tf.NamedTensorInfoMap; backend: tf.KernelBackend; attrs?: tf.NamedAttrMap }) => {
    const { transposeA, transposeB } = (args.attrs ?? {}) as { transposeA?: boolean; transposeB?: boolean };
    if (!transposeA && !transposeB) return original.kernelFunc(args);
    const backend = args.backend as KernelBackendWithData;
    const { a, b } = args.inputs as unknown as { a: TensorInfo; b: TensorInfo };
    const plainA = transposeA ? transpose(backend, a) : a;
    const plainB = transposeB ? transpose(backend, b) : b;
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
  wrap('BatchMatMul');
  wrap('_FusedMatMul');
}
