import type { Engine } from './engineChoice';
import { registerLabConvolutions } from './labConvolutions';
import { registerLabElementwise } from './labElementwise';
import { registerWasmConvGradients } from './wasmConvGradients';
import { registerWasmConvInputGradient } from './wasmConvInputGradient';
import { registerWasmDataKernels } from './wasmDataKernels';
import { registerWasmFastTransposedMatMul } from './wasmMatMul';

/** Whether the lab's kernels were registered over WASM's in this realm (registration cannot be undone). */
let labRegistered = false;

export const labKernelsRegistered = () => labRegistered;

/**
 * The WASM kernels an engine trains with (engine/engineChoice.ts), registered once per realm before
 * the backend starts. Every engine gets the convolution filter gradient TensorFlow.js's WASM backend
 * lacks: without it no convolutional detector trains there at all. Only the lab's engine gets the rest.
 */
export function registerWasmKernelSet(engine: Engine): void {
  registerWasmConvGradients();
  if (engine !== 'lab') return;
  // The input gradient as an XNNPACK convolution instead of a scalar loop, the fast product for
  // transposed operands (a dense layer's backward pass), Identity and Tile that move data at copy
  // speed; then the lab's own kernels in front of all of them (they answer where its pool runs).
  registerWasmConvInputGradient();
  registerWasmDataKernels();
  registerWasmFastTransposedMatMul();
  registerLabConvolutions();
  registerLabElementwise();
  labRegistered = true;
}
