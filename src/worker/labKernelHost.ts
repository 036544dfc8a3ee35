// Where the lab's own WASM kernels come from in the browser: two modules built by
// scripts/build-kernels.mjs and shipped as assets of our origin, and helper threads as workers.
import plainKernels from '../core/engine/generated/labKernels.wasm?url';
import sharedKernels from '../core/engine/generated/labKernels-shared.wasm?url';
import type { LabKernelHost } from '../core/engine/labKernels';

export const labKernelHost: LabKernelHost = {
  async load(sharedMemory) {
    const response = await fetch(new URL(sharedMemory ? sharedKernels : plainKernels, self.location.href));
    if (!response.ok) throw new Error(`The lab's WASM kernels did not load (HTTP ${response.status}).`);
    return WebAssembly.compile(await response.arrayBuffer());
  },
  spawnHelper(init) {
    const helper = new Worker(new URL('./kernelHelper.worker.ts', import.meta.url), { type: 'module' });
    helper.postMessage(init);
  },
};
