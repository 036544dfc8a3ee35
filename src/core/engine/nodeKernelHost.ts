import { readFileSync } from 'node:fs';
import type { LabKernelHost } from './labKernels';

/** The lab's WASM kernels under Node (unit tests): the modules scripts/build-kernels.mjs compiled. */
export const nodeKernelHost: LabKernelHost = {
  load: async (shared) =>
    WebAssembly.compile(
      readFileSync(new URL(`./generated/labKernels${shared ? '-shared' : ''}.wasm`, import.meta.url)),
    ),
};
