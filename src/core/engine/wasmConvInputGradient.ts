import * as tf from '@tensorflow/tfjs';
import {
  runWasmKernel,
  type KernelBackendWithData,
  type TensorInfo,
  type KernelArgs,
  type ConvGradientAttrs,
} from './wasmKernel';

/**
 * TensorFlow.js's WASM backend computes a convolution's input gradient (Conv2DBackpropInput, also
 * the forward pass of every transposed convolution: a decoder's upsampling, a DCGAN generator) with
 * a scalar loop on one thread: 60% of a conv autoencoder's step and of a DCGAN's, measured by
 * `npm run bench:engine -- --profile`. That gradient is itself a set of convolutions, which XNNPACK
 * runs with SIMD and the thread pool. Along one axis, with stride s, filter size f and padding top,
 * the input position a = s*q + r (phase r) only meets the filter taps i = s*t + r' (r' = (r + top)
 * mod s, c = floor((r + top) / s)):
 *   dx[s*q + r] = sum over t < T of dy[q + c - t] * W[s*t + r'],   T = ceil((f - r') / s)
 * a stride-1 convolution of dy with every s-th tap of the filter turned half a turn (channel axes
 * swapped). One such convolution per phase (s_h * s_w of them, WASM's own Conv2D), then a strided
 * copy interleaves the phases into dx (a rank-5 Transpose did it 5x slower; a Concat on inner axes
 * crawls when there is one channel). Unlike spreading dy with zeros between its rows (one convolution,
 * s^2 times the work: measured 1.2x slower on the DCGAN), no product is wasted.
 */
interface InputGradientAttrs extends ConvGradientAttrs {
  inputShape: [number, number, number, number];
}

/** One phase along one axis: which taps of the turned filter it uses and how dy is padded for it. */
interface AxisPhase {
  /** First tap in the turned filter, taken every `stride`. */
  firstTap: number;
  taps: number;
  /** Rows of dy to pad before (negative: to drop) and after, for `rows` output rows. */
  before: number;
  after: number;
}

/** The phases of one axis, or null where a phase meets no tap (a filter smaller than its stride). */
export function axisPhases(
  inSize: number,
  outSize: number,
  filterSize: number,
  stride: number,
  padBefore: number,
): { rows: number; phases: AxisPhase[] } | null {
  const rows = Math.ceil(inSize / stride);
  const phases: AxisPhase[] = [];
  for (let phase = 0; phase < stride; phase += 1) {
    const offset = (phase + padBefore) % stride;
    const carry = Math.floor((phase + padBefore) / stride);
    const taps = Math.ceil((filterSize - offset) / stride);
    if (taps <= 0) return null;
    const firstTap = filterSize - 1 - offset - stride * (taps - 1);
    phases.push({ firstTap, taps, before: taps - 1 - carry, after: rows + carry - outSize });
  }
  return { rows, phases };
}

/** Where one phase's output goes in dx. */
interface PhasePlace {
  batchSize: number;
  /** The phase's rows and columns (some may fall past dx's edge and are dropped). */
  rows: number;
  columns: number;
  channels: number;
  height: number;
  width: number;
  row: number;
  column: number;
  strideHeight: number;
  strideWidth: number;
}

/** Writes a phase's [n, rows, columns, c] output to dx[n, s*q + row, s*p + column, c] (a strided copy). */
export function interleavePhase(phase: Float32Array, dx: Float32Array, place: PhasePlace): void {
  const { batchSize, rows, columns, channels, height, width, row, column, strideHeight, strideWidth } = place;
  for (let n = 0; n < batchSize; n += 1) {
    for (let q = 0; q < rows; q += 1) {
      const y = q * strideHeight + row;
      if (y >= height) break;
      let from = (n * rows + q) * columns * channels;
      for (let p = 0; p < columns; p += 1, from += channels) {
        const x = p * strideWidth + column;
        if (x >= width) break;
        const to = ((n * height + y) * width + x) * channels;
        for (let c = 0; c < channels; c += 1) dx[to + c] = phase[from + c];
      }
    }
  }
}

/** The input gradient as convolutions, or null where dy is empty or a phase meets no filter tap. */
export function inputGradientByConvolution(args: KernelArgs): TensorInfo | null {
  const backend = args.backend as KernelBackendWithData & {
    makeOutput(shape: number[], dtype: tf.DataType): TensorInfo;
    typedArrayFromHeap(info: TensorInfo): Float32Array;
  };
  const { dy, filter } = args.inputs as unknown as { dy: TensorInfo; filter: TensorInfo };
  const attrs = args.attrs as unknown as InputGradientAttrs;
  if (attrs.dataFormat === 'NCHW') return null;
  const info = tf.backend_util.computeConv2DInfo(
    attrs.inputShape,
    filter.shape as [number, number, number, number],
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels } = info;
  const { filterHeight, filterWidth, strideHeight, strideWidth, padInfo } = info;
  // (tfjs's own shape arithmetic gives empty or negative sizes for some explicit paddings: its loop then.)
  if (Math.min(outHeight, outWidth, batchSize, outChannels, inHeight, inWidth) <= 0) return null;
  const vertical = axisPhases(inHeight, outHeight, filterHeight, strideHeight, padInfo.top);
  const horizontal = axisPhases(inWidth, outWidth, filterWidth, strideWidth, padInfo.left);
  if (!vertical || !horizontal) return null;
  const temporaries: TensorInfo[] = [];
  const run = (name: string, inputs: Record<string, TensorInfo>, kernelAttrs: Record<string, unknown>) => {
    const out = runWasmKernel(name, backend, inputs, kernelAttrs);
    temporaries.push(out);
    return out;
  };
  try {
    const turned = run('Transpose', { x: run('Reverse', { x: filter }, { dims: [0, 1] }) }, { perm: [0, 1, 3, 2] });
    const { rows, phases: rowPhases } = vertical;
    const { rows: columns, phases: columnPhases } = horizontal;
    const phases = rowPhases.flatMap((rowPhase) =>
      columnPhases.map((columnPhase) => {
        // Rows and columns of dy a phase must not read (a negative padding) are cut off first.
        const cutTop = Math.max(0, -rowPhase.before);
        const cutLeft = Math.max(0, -columnPhase.before);
        const keptRows = outHeight - cutTop - Math.max(0, -rowPhase.after);
        const keptColumns = outWidth - cutLeft - Math.max(0, -columnPhase.after);
        // A phase whose taps all fall outside dy is zeros.
        if (keptRows <= 0 || keptColumns <= 0) return null;
        const taps = run(
          'StridedSlice',
          { x: turned },
          {
            begin: [rowPhase.firstTap, columnPhase.firstTap, 0, 0],
            end: [
              rowPhase.firstTap + strideHeight * (rowPhase.taps - 1) + 1,
              columnPhase.firstTap + strideWidth * (columnPhase.taps - 1) + 1,
              outChannels,
              inChannels,
            ],
            strides: [strideHeight, strideWidth, 1, 1],
            beginMask: 0,
            endMask: 0,
            ellipsisMask: 0,
            newAxisMask: 0,
            shrinkAxisMask: 0,
          },
        );
        const cut =
          cutTop || cutLeft || keptRows < outHeight || keptColumns < outWidth
            ? run(
                'Slice',
                { x: dy },
                { begin: [0, cutTop, cutLeft, 0], size: [batchSize, keptRows, keptColumns, outChannels] },
              )
            : dy;
        return run(
          'Conv2D',
          { x: cut, filter: taps },
          {
            strides: [1, 1],
            dilations: [1, 1],
            pad: [
              [0, 0],
              [Math.max(0, rowPhase.before), Math.max(0, rowPhase.after)],
              [Math.max(0, columnPhase.before), Math.max(0, columnPhase.after)],
              [0, 0],
            ],
            dataFormat: 'NHWC',
          },
        );
      }),
    );
    // Allocated before any view is taken: an allocation may grow the heap and detach earlier views.
    const dx = backend.makeOutput(attrs.inputShape, 'float32');
    const out = backend.typedArrayFromHeap(dx);
    // Every position of dx belongs to one phase; a phase left out is zeros.
    if (phases.includes(null)) out.fill(0);
    phases.forEach((phase, index) => {
      if (!phase) return;
      const row = Math.floor(index / strideWidth);
      const column = index % strideWidth;
      interleavePhase(backend.typedArrayFromHeap(phase), out, {
        ...{ batchSize, rows, columns, channels: inChannels, height: inHeight, width: inWidth },
        ...{ row, column, strideHeight, strideWidth },
      });
    });
    return dx;
  } finally {
    for (const temporary of temporaries) backend.disposeData(temporary.dataId);
  }
}

let registered = false;

/** Routes WASM's input gradient to the convolution above, keeping its own loop for other layouts (once). */
export function registerWasmConvInputGradient(): void {
  const original = tf.getKernel('Conv2DBackpropInput', 'wasm');
  if (registered || !original) return;
  const kernelFunc = (args: KernelArgs) => inputGradientByConvolution(args) ?? original.kernelFunc(args);
  tf.unregisterKernel('Conv2DBackpropInput', 'wasm');
  // The original's setup (binding its native function) stays: its loop still serves NCHW.
  tf.registerKernel({ ...original, kernelFunc: kernelFunc as unknown as tf.KernelFunc });
  registered = true;
}
