import * as tf from '@tensorflow/tfjs';
import { activated, appliesActivation, kernelsOn, pointer, type Active } from './labKernels';
import { registerInFront, runWasmKernel, type ConvGradientAttrs, type KernelArgs, type TensorInfo } from './wasmKernel';

/**
 * Convolutions on the lab's threads (labKernels.ts): each one is a matrix product over im2col rows
 * (wasm-kernels/conv.ts). Forward: cols x W. Filter gradient: cols^T x dy. Input gradient:
 * col2im(dy x W^T). TensorFlow.js's own WASM convolutions run on XNNPACK's thread pool, whose idle
 * threads keep polling for work; with them the lab's threads had no core to compute on, so the lab
 * runs every product of training on one pool. Anything else (NCHW, groups, numeric pads, integer
 * data) keeps the kernel registered before.
 */

type Conv2DInfo = tf.backend_util.Conv2DInfo;

/** The forward convolution's geometry, or null where these kernels do not apply. */
function geometry(
  xShape: number[],
  filterShape: number[],
  attrs: ConvGradientAttrs & { dilations?: number | [number, number] },
): Conv2DInfo | null {
  if (attrs.dataFormat === 'NCHW' || typeof attrs.pad === 'number') return null;
  const info = tf.backend_util.computeConv2DInfo(
    xShape as [number, number, number, number],
    filterShape as [number, number, number, number],
    attrs.strides,
    attrs.dilations ?? 1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  return info.outHeight > 0 && info.outWidth > 0 && info.inChannels > 0 ? info : null;
}

/** The im2col / col2im arguments for a geometry (pointers first, then these). */
const layout = (c: Conv2DInfo) => [
  c.inHeight,
  c.inWidth,
  c.inChannels,
  c.outHeight,
  c.outWidth,
  c.filterHeight,
  c.filterWidth,
  c.strideHeight,
  c.strideWidth,
  c.dilationHeight,
  c.dilationWidth,
  c.padInfo.top,
  c.padInfo.left,
];

const taps = (c: Conv2DInfo) => c.filterHeight * c.filterWidth * c.inChannels;
const positions = (c: Conv2DInfo) => c.batchSize * c.outHeight * c.outWidth;

/** x's im2col rows (positions x taps), a new tensor the caller frees. */
function im2col({ pool, backend }: Active, x: TensorInfo, c: Conv2DInfo): TensorInfo {
  const cols = backend.makeOutput([positions(c), taps(c)], 'float32');
  pool.run('im2col', [pointer(backend, x), pointer(backend, cols), ...layout(c)], c.batchSize * c.outHeight);
  return cols;
}

type ForwardAttrs = ConvGradientAttrs & {
  dilations?: number | [number, number];
  activation?: string;
  leakyreluAlpha?: number;
};

/** Conv2D and FusedConv2D (bias of one value per output channel, and an activation). */
function convolution(args: KernelArgs): TensorInfo | null {
  const kernels = kernelsOn(args.backend);
  const { x, filter, bias, preluActivationWeights } = args.inputs as unknown as Record<string, TensorInfo | undefined>;
  const attrs = args.attrs as unknown as ForwardAttrs;
  const activation = attrs.activation ?? 'linear';
  if (!kernels || !x || !filter || preluActivationWeights || !appliesActivation(activation)) return null;
  if (x.dtype !== 'float32' || filter.dtype !== 'float32') return null;
  const c = geometry(x.shape, filter.shape, attrs);
  if (!c || (bias && tf.util.sizeFromShape(bias.shape) !== c.outChannels)) return null;
  const { backend, pool } = kernels;
  const cols = im2col(kernels, x, c);
  const out = backend.makeOutput([c.batchSize, c.outHeight, c.outWidth, c.outChannels], 'float32');
  const [m, k, n] = [positions(c), taps(c), c.outChannels];
  const product = [pointer(backend, cols), pointer(backend, filter), pointer(backend, out), m, k, n, k, 1];
  const tail = [bias ? pointer(backend, bias) : 0, activation === 'relu' ? 1 : 0];
  pool.run('gemm', [...product, ...tail], pool.kernels.unitCount(m, k, n));
  backend.disposeData(cols.dataId);
  return activated(backend, out, activation, attrs.leakyreluAlpha);
}

/**
 * Slices of the depth for a deep product with few units (a first layer's filter gradient: 16 x 9
 * outputs summed over 12,544 positions is four units, mostly one thread's): partial products the
 * threads share, summed after. Enough slices for 16 units, each at least 2,048 deep.
 */
export function depthSlices(k: number, units: number): number {
  if (units >= 16) return 1;
  return Math.max(1, Math.min(Math.ceil(16 / units), Math.floor(k / 2048), 16));
}

/**
 * The filter gradient, [filterHeight, filterWidth, inChannels, outChannels]: dW^T = dy^T cols(x),
 * then transposed. This way round the product reads cols (the large operand: one row of taps per
 * output position) in contiguous runs of 64 values, once per four output channels.
 */
function filterGradient(args: KernelArgs): TensorInfo | null {
  const kernels = kernelsOn(args.backend);
  const { x, dy } = args.inputs as unknown as { x: TensorInfo; dy: TensorInfo };
  const attrs = args.attrs as unknown as ConvGradientAttrs & { filterShape: number[] };
  if (!kernels || x.dtype !== 'float32' || dy.dtype !== 'float32') return null;
  const c = geometry(x.shape, attrs.filterShape, attrs);
  if (!c) return null;
  const { backend, pool } = kernels;
  const cols = im2col(kernels, x, c);
  const [m, k, n] = [c.outChannels, positions(c), taps(c)];
  // dy read transposed: element (channel, position) lies at position * outChannels + channel.
  const operands = [pointer(backend, dy), pointer(backend, cols)];
  const slices = depthSlices(k, pool.kernels.unitCount(m, k, n));
  let transposed: TensorInfo;
  if (slices === 1) {
    transposed = backend.makeOutput([m, n], 'float32');
    pool.run('gemm', [...operands, pointer(backend, transposed), m, k, n, 1, m, 0, 0], pool.kernels.unitCount(m, k, n));
  } else {
    const depth = Math.ceil(k / slices);
    const partial = backend.makeOutput([slices, m, n], 'float32');
    const units = pool.kernels.sliceUnitCount(m, k, n, depth);
    pool.run('gemmSlices', [...operands, pointer(backend, partial), m, k, n, 1, m, depth], units);
    transposed = runWasmKernel('Sum', backend, { x: partial }, { axis: [0], keepDims: false });
    backend.disposeData(partial.dataId);
  }
  backend.disposeData(cols.dataId);
  const flat = runWasmKernel('Transpose', backend, { x: transposed }, { perm: [1, 0] });
  backend.disposeData(transposed.dataId);
  const dw = runWasmKernel('Reshape', backend, { x: flat }, { shape: attrs.filterShape });
  backend.disposeData(flat.dataId);
  return dw;
}

/** dx = col2im(dy W^T): the input gradient (also every transposed convolution's forward pass). */
function inputGradient(args: KernelArgs): TensorInfo | null {
  const kernels = kernelsOn(args.backend);
  const { dy, filter } = args.inputs as unknown as { dy: TensorInfo; filter: TensorInfo };
  const attrs = args.attrs as unknown as ConvGradientAttrs & { inputShape: number[] };
  if (!kernels || dy.dtype !== 'float32' || filter.dtype !== 'float32') return null;
  const c = geometry(attrs.inputShape, filter.shape, attrs);
  if (!c) return null;
  const { backend, pool } = kernels;
  const [m, k, n] = [positions(c), c.outChannels, taps(c)];
  const cols = backend.makeOutput([m, n], 'float32');
  const product = [pointer(backend, dy), pointer(backend, filter), pointer(backend, cols), m, k, n, 0, 0];
  pool.run('gemmTransposedRight', product, pool.kernels.unitCount(m, k, n));
  const dx = backend.makeOutput(attrs.inputShape, 'float32');
  pool.run('col2im', [pointer(backend, cols), pointer(backend, dx), ...layout(c)], c.batchSize);
  backend.disposeData(cols.dataId);
  return dx;
}

/**
 * Puts these convolutions in front of the WASM kernels registered so far (call after the lab's
 * other WASM kernels): where the lab's kernels do not run or do not apply, the earlier one runs.
 */
export function registerLabConvolutions(): void {
  registerInFront({
    Conv2D: convolution,
    FusedConv2D: convolution,
    Conv2DBackpropFilter: filterGradient,
    Conv2DBackpropInput: inputGradient,
  });
}
