import * as tf from '@tensorflow/tfjs';
import { runWasmKernel, type KernelBackendWithData, type TensorInfo, type KernelArgs } from './wasmKernel';

/**
 * TensorFlow.js's WASM backend computes a convolution's input gradient (Conv2DBackpropInput, also
 * the forward pass of every transposed convolution: a decoder's upsampling, a DCGAN generator) with
 * a scalar loop on one thread: 60% of a conv autoencoder's step and of a DCGAN's, measured by
 * `npm run bench:engine -- --profile`. That gradient is itself a convolution, which XNNPACK runs
 * with SIMD and the thread pool:
 *   dx[n, a, b, c] = sum over i, j, k of dyDilated[n, a - (fh-1-top) + i, b - (fw-1-left) + j, k]
 *                                        * W[fh-1-i, fw-1-j, c, k]
 * i.e. a stride-1 convolution of dy spread out by the stride (zeros between its rows and columns)
 * with the filter turned half a turn and its channel axes swapped. The spreading is a reshape, a
 * zero pad and a reshape; the filter's turn is Reverse + Transpose: kernels WASM already has.
 */
interface InputGradientAttrs {
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dataFormat: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
  inputShape: [number, number, number, number];
}

/** The input gradient as a convolution, or null where dy is empty or its padding cannot be expressed as one. */
export function inputGradientByConvolution(args: KernelArgs): TensorInfo | null {
  const backend = args.backend as KernelBackendWithData;
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
  const { batchSize, inHeight, inWidth, outHeight, outWidth, outChannels } = info;
  const { filterHeight, filterWidth, strideHeight, strideWidth, padInfo } = info;
  // dy spread by the stride is stride * out long (the last stride - 1 rows are zeros); the
  // convolution reads fh - 1 - top rows before it and needs `bottom` after it to give inHeight rows.
  const top = filterHeight - 1 - padInfo.top;
  const left = filterWidth - 1 - padInfo.left;
  const bottom = inHeight + filterHeight - 1 - top - outHeight * strideHeight;
  const right = inWidth + filterWidth - 1 - left - outWidth * strideWidth;
  // (tfjs's own shape arithmetic gives empty or negative sizes for some explicit paddings: its loop then.)
  const empty = Math.min(outHeight, outWidth, batchSize, outChannels) <= 0;
  if (empty || top < 0 || left < 0 || bottom < -(strideHeight - 1) || right < -(strideWidth - 1)) return null;
  const temporaries: TensorInfo[] = [];
  const run = (name: string, inputs: Record<string, TensorInfo>, kernelAttrs: Record<string, unknown>) => {
    const out = runWasmKernel(name, backend, inputs, kernelAttrs);
    temporaries.push(out);
    return out;
  };
  try {
    let spread = dy;
    if (strideHeight > 1 || strideWidth > 1) {
      const apart = run('Reshape', { x: dy }, { shape: [batchSize, outHeight, 1, outWidth, 1, outChannels] });
      const padded = run(
        'PadV2',
        { x: apart },
        {
          paddings: [
            [0, 0],
            [0, 0],
            [0, strideHeight - 1],
            [0, 0],
            [0, strideWidth - 1],
            [0, 0],
          ],
          constantValue: 0,
        },
      );
      spread = run(
        'Reshape',
        { x: padded },
        { shape: [batchSize, outHeight * strideHeight, outWidth * strideWidth, outChannels] },
      );
    }
    // A negative bottom or right is trailing zero rows or columns the convolution must not read.
    if (bottom < 0 || right < 0) {
      spread = run(
        'Slice',
        { x: spread },
        {
          begin: [0, 0, 0, 0],
          size: [
            batchSize,
            outHeight * strideHeight + Math.min(0, bottom),
            outWidth * strideWidth + Math.min(0, right),
            outChannels,
          ],
        },
      );
    }
    const turned = run('Reverse', { x: filter }, { dims: [0, 1] });
    const turnedFilter = run('Transpose', { x: turned }, { perm: [0, 1, 3, 2] });
    const dx = runWasmKernel(
      'Conv2D',
      backend,
      { x: spread, filter: turnedFilter },
      {
        strides: [1, 1],
        dilations: [1, 1],
        pad: [
          [0, 0],
          [top, Math.max(0, bottom)],
          [left, Math.max(0, right)],
          [0, 0],
        ],
        dataFormat: 'NHWC',
      },
    );
    if (dx.shape.join() === attrs.inputShape.join()) return dx;
    backend.disposeData(dx.dataId);
    return null;
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
