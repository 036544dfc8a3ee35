import { defineConfig } from 'vite';
import { selfContainedWasmThreads } from '../vite.plugins';

// The benchmark page: built from the lab's own core and worker code, next to (not inside) the
// product's dist/. MNIST comes from the same public/ folder.
export default defineConfig({
  root: 'bench',
  base: './',
  publicDir: '../public',
  plugins: [selfContainedWasmThreads],
  worker: { format: 'es', plugins: () => [selfContainedWasmThreads] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
});
