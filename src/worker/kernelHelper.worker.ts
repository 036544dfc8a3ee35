// One helper thread of the lab's WASM kernel pool (src/core/engine/kernelPool.ts): it instantiates the
// kernels on TensorFlow.js's shared memory and then computes its share of every call, for good.
import { helperLoop, type LabKernelExports } from '../core/engine/kernelPool';
import type { HelperInit } from '../core/engine/labKernels';

self.onmessage = async ({ data }: MessageEvent<HelperInit>) => {
  const instance = await WebAssembly.instantiate(data.module, { env: { memory: data.memory } });
  helperLoop(instance.exports as unknown as LabKernelExports, data.channel, () => performance.now());
};
