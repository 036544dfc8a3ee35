import * as tf from '@tensorflow/tfjs';

/** A tensor as kernels see it: its data's id, shape and type (tfjs's TensorInfo). */
export type TensorInfo = { dataId: object; shape: number[]; dtype: tf.DataType };

/** What a kernel function receives (tfjs passes this shape; its own type is not exported). */
export type KernelArgs = { inputs: tf.NamedTensorInfoMap; backend: tf.KernelBackend; attrs?: tf.NamedAttrMap };

/** What tfjs tells a convolution gradient kernel about the forward convolution (NHWC or NCHW). */
export interface ConvGradientAttrs {
  strides: [number, number] | number;
  pad: 'valid' | 'same' | number | tf.backend_util.ExplicitPadding;
  dataFormat: 'NHWC' | 'NCHW';
  dimRoundingMode?: 'floor' | 'round' | 'ceil';
}

/** A backend that frees a kernel's intermediate results by their data id. */
export interface KernelBackendWithData extends tf.KernelBackend {
  disposeData(dataId: object): boolean;
}

/**
 * Runs one of the WASM backend's own kernels on tensor infos, inside another kernel (the lab's
 * kernels are built from these); the caller frees what it does not return.
 */
export function runWasmKernel(
  name: string,
  backend: tf.KernelBackend,
  inputs: Record<string, TensorInfo | undefined>,
  attrs: Record<string, unknown>,
): TensorInfo {
  const kernel = tf.getKernel(name, 'wasm');
  if (!kernel) throw new Error(`This WASM backend has no ${name} kernel.`);
  return kernel.kernelFunc({
    inputs: inputs as unknown as tf.NamedTensorInfoMap,
    backend,
    attrs: attrs as unknown as tf.NamedAttrMap,
  }) as TensorInfo;
}

/** A kernel that computes a case itself, or answers null to leave it to the kernel registered before. */
export type KernelInFront = (args: KernelArgs) => TensorInfo | null;

/** Kernel names already given a kernel in front (registration is global and must happen once). */
const inFront = new Set<string>();

/**
 * Puts each kernel in front of the WASM kernel of its name registered so far: where it answers
 * null (its case does not apply, or the lab's kernels do not run), the earlier kernel runs.
 */
export function registerInFront(kernels: Record<string, KernelInFront>): void {
  for (const [name, own] of Object.entries(kernels)) {
    const earlier = tf.getKernel(name, 'wasm');
    if (!earlier || inFront.has(name)) continue;
    tf.unregisterKernel(name, 'wasm');
    const kernelFunc = (args: KernelArgs) => own(args) ?? earlier.kernelFunc(args);
    tf.registerKernel({ ...earlier, kernelFunc: kernelFunc as unknown as tf.KernelFunc });
    inFront.add(name);
  }
}
