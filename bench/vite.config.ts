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
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // The benchmark page, and the long-run page (the app's store and GAN views under a long series).
    rollupOptions: { input: { main: 'bench/index.html', longRun: 'bench/long-run.html' } },
  },
});
