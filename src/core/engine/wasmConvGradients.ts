import * as tf from '@tensorflow/tfjs';
import {
  runWasmKernel,
  type KernelArgs,
  type KernelBackendWithData,
  type TensorInfo,
  type ConvGradientAttrs,
} from './wasmKernel';

/**
 * TensorFlow.js's WASM backend runs a convolution forward and back to its input, but has no kernel
 * for a convolution's filter gradient (Conv2DBackpropFilter), so no convolutional model could
 * train on it. (Its 3-D filter gradient is no way round: it ignores strides above 1.)
 *
 * The filter gradient is itself a convolution, with the batch as the channels being summed:
 *   dW[i, j, c, k] = sum over n, p, q of x[n, p*s + i - top, q*s + j - left, c] * dy[n, p, q, k]
 * is conv2d(x viewed as [c, H, W, n], dy viewed as a [oh, ow, n, k] filter) with dilation s (the
 * original stride), stride 1 and the original padding. So this kernel is built from three kernels
 * the WASM backend has (Transpose, Slice, Conv2D on XNNPACK, which also uses the WASM threads).
 */
interface FilterGradientAttrs extends ConvGradientAttrs {
  filterShape: [number, number, number, number];
}

function conv2DBackpropFilterOnWasm(args: KernelArgs): TensorInfo {
  const backend = args.backend as KernelBackendWithData;
  const { x, dy } = args.inputs as unknown as { x: TensorInfo; dy: TensorInfo };
  const attrs = args.attrs as unknown as FilterGradientAttrs;
  if (attrs.dataFormat === 'NCHW') throw new Error('The WASM convolution filter gradient needs NHWC data.');
  const info = tf.backend_util.computeConv2DInfo(
    x.shape as [number, number, number, number],
    attrs.filterShape,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels } = info;
  const { filterHeight, filterWidth, strideHeight, strideWidth, padInfo } = info;
  // The rows and columns the forward pass read, padding included: the rest of x never mattered.
  const neededHeight = (outHeight - 1) * strideHeight + filterHeight - padInfo.top;
  const neededWidth = (outWidth - 1) * strideWidth + filterWidth - padInfo.left;
  const keptHeight = Math.min(inHeight, neededHeight);
  const keptWidth = Math.min(inWidth, neededWidth);
  const temporaries: TensorInfo[] = [];
  let input = x;
  if (keptHeight < inHeight || keptWidth < inWidth) {
    input = runWasmKernel(
      'Slice',
      backend,
      { x },
      { begin: [0, 0, 0, 0], size: [batchSize, keptHeight, keptWidth, inChannels] },
    );
    temporaries.push(input);
  }
  const channelsFirst = runWasmKernel('Transpose', backend, { x: input }, { perm: [3, 1, 2, 0] });
  const gradientAsFilter = runWasmKernel('Transpose', backend, { x: dy }, { perm: [1, 2, 0, 3] });
  temporaries.push(channelsFirst, gradientAsFilter);
  const perChannel = runWasmKernel(
    'Conv2D',
    backend,
    { x: channelsFirst, filter: gradientAsFilter },
    {
      strides: [1, 1],
      dilations: [strideHeight, strideWidth],
      pad: [
        [0, 0],
        [padInfo.top, neededHeight - keptHeight],
        [padInfo.left, neededWidth - keptWidth],
        [0, 0],
      ],
      dataFormat: 'NHWC',
    },
  );
  temporaries.push(perChannel);
  const filterGradient = runWasmKernel('Transpose', backend, { x: perChannel }, { perm: [1, 2, 0, 3] });
  for (const temporary of temporaries) if (temporary !== x) backend.disposeData(temporary.dataId);
  if (filterGradient.shape.join() !== [filterHeight, filterWidth, inChannels, outChannels].join()) {
    throw new Error(`WASM filter gradient came out ${filterGradient.shape}, not ${attrs.filterShape}.`);
  }
  return filterGradient;
}

let registered = false;

/** Adds the filter gradient to the WASM backend (once; left alone if it ever gains its own). */
export function registerWasmConvGradients(): void {
  if (registered || tf.getKernel('Conv2DBackpropFilter', 'wasm')) return;
  tf.registerKernel({
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'wasm',
    kernelFunc: conv2DBackpropFilterOnWasm as unknown as tf.KernelFunc,
  });
  registered = true;
}
