import * as tf from '@tensorflow/tfjs';
import { kernelsOn, pointer } from './labKernels';
import { registerInFront, type KernelArgs, type TensorInfo } from './wasmKernel';

/**
 * The elementwise kernels a training step runs on whole activations (a gradient times an
 * activation's mask, Step for that mask, sums and differences of gradients) on the lab's threads,
 * for same-shape float32 tensors. With TensorFlow.js's own pool at one thread (labKernels.ts) they
 * ran on one; broadcasts, other types and small tensors keep TensorFlow.js's kernels. Results below
 * 2^-100 are stored as 0: vanishing gradients otherwise turn the products after them subnormal, ~100x
 * slower on x86 (wasm-kernels/elementwise.ts).
 */

/** Values in a unit of these kernels (wasm-kernels/elementwise.ts). */
const unitSize = 16_384;
const operations = { Add: 0, Sub: 1, Multiply: 2 } as const;

const sizeOf = (t: TensorInfo) => tf.util.sizeFromShape(t.shape);

function binary(name: keyof typeof operations, args: KernelArgs): TensorInfo | null {
  const kernels = kernelsOn(args.backend);
  const { a, b } = args.inputs as unknown as { a: TensorInfo; b: TensorInfo };
  if (!kernels || a.dtype !== 'float32' || b.dtype !== 'float32' || !tf.util.arraysEqual(a.shape, b.shape)) return null;
  const size = sizeOf(a);
  // One unit or less: the pool would run it on this thread anyway, as TensorFlow.js's kernel does.
  if (size <= unitSize) return null;
  const { backend, pool } = kernels;
  const out = backend.makeOutput(a.shape, 'float32');
  const at = [a, b, out].map((t) => pointer(backend, t));
  pool.run('binary', [operations[name], ...at, size], Math.ceil(size / unitSize));
  return out;
}

function step(args: KernelArgs): TensorInfo | null {
  const kernels = kernelsOn(args.backend);
  const { x } = args.inputs as unknown as { x: TensorInfo };
  const { alpha = 0 } = (args.attrs ?? {}) as { alpha?: number };
  const size = sizeOf(x);
  if (!kernels || x.dtype !== 'float32' || size <= unitSize) return null;
  const { backend, pool } = kernels;
  const out = backend.makeOutput(x.shape, 'float32');
  pool.run('step', [pointer(backend, x), pointer(backend, out), alpha, size], Math.ceil(size / unitSize));
  return out;
}

/** Puts these kernels in front of WASM's own (which run wherever these do not apply). */
export function registerLabElementwise(): void {
  registerInFront({
    Add: (args) => binary('Add', args),
    Sub: (args) => binary('Sub', args),
    Multiply: (args) => binary('Multiply', args),
    Step: step,
  });
}
