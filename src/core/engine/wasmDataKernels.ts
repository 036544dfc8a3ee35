import * as tf from '@tensorflow/tfjs';
import { kernelsOn, pointer } from './labKernels';
import type { KernelBackendWithData, TensorInfo, KernelArgs } from './wasmKernel';

/**
 * WASM kernels that mostly move data, measured slow in training steps (`npm run bench:engine --
 * --profile`): Identity copies its input where the CPU and WebGL backends share it (288 copies a
 * DCGAN step: autograd passes gradients through Identity); Tile computes every output element's
 * source index with divisions (a batch-norm gradient tiles a per-channel vector over the whole
 * batch: 8 ms for 200,000 values); Sum over leading axes (every bias gradient: dy summed over the
 * batch) transposes its input first. Identity here shares the input's data (reference-counted, as
 * the CPU backend does); Tile copies contiguous blocks and doubles them (memcpy speed); Sum over
 * leading axes adds whole rows, in the same order and float32 rounding as WASM's own loop.
 */

type WasmBackend = KernelBackendWithData & {
  incRef(dataId: object): void;
  makeOutput(shape: number[], dtype: tf.DataType): TensorInfo;
  typedArrayFromHeap(info: TensorInfo): Float32Array | Int32Array | Uint8Array;
};

function sharedIdentity({ inputs, backend }: KernelArgs): TensorInfo {
  const { x } = inputs as unknown as { x: TensorInfo };
  (backend as WasmBackend).incRef(x.dataId);
  return { dataId: x.dataId, shape: x.shape, dtype: x.dtype };
}

/** Copies below this many elements on average cost more in calls than the index arithmetic saves. */
const minElementsPerCopy = 16;

/** The first axis from which nothing repeats: source and output blocks there are one contiguous run. */
function unrepeatedTail(reps: number[]): number {
  let axis = reps.length;
  while (axis > 0 && reps[axis - 1] === 1) axis -= 1;
  return axis;
}

/**
 * Tiles `source` (shape `shape`) by `reps` into `out`, axis by axis: the innermost axes that are not
 * repeated are one contiguous copy; an axis that is repeated is filled once, then copied onto
 * itself (copyWithin) for the other repetitions.
 */
export function tileInto(
  source: Float32Array | Int32Array | Uint8Array,
  shape: number[],
  reps: number[],
  out: Float32Array | Int32Array | Uint8Array,
): void {
  const rank = shape.length;
  const inStrides = new Array<number>(rank).fill(1);
  const outStrides = new Array<number>(rank).fill(1);
  for (let axis = rank - 2; axis >= 0; axis -= 1) {
    inStrides[axis] = inStrides[axis + 1] * shape[axis + 1];
    outStrides[axis] = outStrides[axis + 1] * shape[axis + 1] * reps[axis + 1];
  }
  const contiguousFrom = unrepeatedTail(reps);
  const fill = (axis: number, inOffset: number, outOffset: number) => {
    if (axis >= contiguousFrom) {
      const length = axis === rank ? 1 : inStrides[axis] * shape[axis];
      out.set(source.subarray(inOffset, inOffset + length), outOffset);
      return;
    }
    for (let i = 0; i < shape[axis]; i += 1)
      fill(axis + 1, inOffset + i * inStrides[axis], outOffset + i * outStrides[axis]);
    const block = shape[axis] * outStrides[axis];
    for (let r = 1; r < reps[axis]; r *= 2) {
      const count = Math.min(r, reps[axis] - r) * block;
      out.copyWithin(outOffset + r * block, outOffset, outOffset + count);
    }
  };
  fill(0, 0, 0);
}

/** How many contiguous copies tileInto makes before its doublings (the unrepeated runs it writes). */
function leafCopies(shape: number[], reps: number[]): number {
  return shape.slice(0, unrepeatedTail(reps)).reduce((product, size) => product * size, 1);
}

function blockTile(args: KernelArgs, original: tf.KernelConfig): TensorInfo {
  const backend = args.backend as WasmBackend;
  const { x } = args.inputs as unknown as { x: TensorInfo };
  const { reps } = args.attrs as unknown as { reps: number[] };
  const outShape = x.shape.map((size, axis) => size * reps[axis]);
  const outSize = outShape.reduce((product, size) => product * size, 1);
  const perCopy = outSize / Math.max(1, leafCopies(x.shape, reps));
  if (x.dtype === 'string' || reps.length !== x.shape.length || outSize === 0 || perCopy < minElementsPerCopy) {
    return original.kernelFunc(args) as TensorInfo;
  }
  const out = backend.makeOutput(outShape, x.dtype);
  // Views after the allocation: growing the heap would detach earlier ones.
  tileInto(backend.typedArrayFromHeap(x), x.shape, reps, backend.typedArrayFromHeap(out));
  return out;
}

/** out[c] = sum over r of x[r, c], rows added in order (each sum rounded to float32 as it is stored). */
export function sumRows(x: Float32Array, rows: number, columns: number, out: Float32Array): void {
  out.fill(0);
  for (let r = 0; r < rows; r += 1) {
    const offset = r * columns;
    for (let c = 0; c < columns; c += 1) out[c] += x[offset + c];
  }
}

function leadingSum(args: KernelArgs, original: tf.KernelConfig): TensorInfo {
  const backend = args.backend as WasmBackend;
  const { x } = args.inputs as unknown as { x: TensorInfo };
  const { axis, keepDims } = args.attrs as unknown as { axis: number | number[]; keepDims: boolean };
  const rank = x.shape.length;
  const axes = tf.util.parseAxisParam(axis, x.shape).sort((a, b) => a - b);
  const leading = axes.length > 0 && axes.length < rank && axes.every((a, i) => a === i);
  const rows = x.shape.slice(0, axes.length).reduce((product, size) => product * size, 1);
  const rest = x.shape.slice(axes.length);
  const columns = rest.reduce((product, size) => product * size, 1);
  if (!leading || x.dtype !== 'float32' || rows === 0 || columns === 0) {
    return original.kernelFunc(args) as TensorInfo;
  }
  const out = backend.makeOutput(keepDims ? [...axes.map(() => 1), ...rest] : rest, 'float32');
  // The lab's SIMD kernel on its threads where they run (the same float32 sums, in the same order).
  const kernels = kernelsOn(backend);
  if (kernels) {
    const { pool } = kernels;
    pool.run(
      'sumRows',
      [pointer(kernels.backend, x), pointer(kernels.backend, out), rows, columns],
      Math.ceil(columns / 64),
    );
    return out;
  }
  sumRows(
    backend.typedArrayFromHeap(x) as Float32Array,
    rows,
    columns,
    backend.typedArrayFromHeap(out) as Float32Array,
  );
  return out;
}

let registered = false;

/** Replaces WASM's Identity, Tile and Sum with the kernels above (once; each keeps the original for other cases). */
export function registerWasmDataKernels(): void {
  const identity = tf.getKernel('Identity', 'wasm');
  const tile = tf.getKernel('Tile', 'wasm');
  const sum = tf.getKernel('Sum', 'wasm');
  if (registered || !identity || !tile || !sum) return;
  tf.unregisterKernel('Identity', 'wasm');
  tf.registerKernel({ ...identity, kernelFunc: sharedIdentity as unknown as tf.KernelFunc });
  tf.unregisterKernel('Tile', 'wasm');
  tf.registerKernel({ ...tile, kernelFunc: ((args: KernelArgs) => blockTile(args, tile)) as unknown as tf.KernelFunc });
  tf.unregisterKernel('Sum', 'wasm');
  // The original's setup (binding its native sum) stays: it serves every other reduction.
  tf.registerKernel({ ...sum, kernelFunc: ((args: KernelArgs) => leadingSum(args, sum)) as unknown as tf.KernelFunc });
  registered = true;
}
