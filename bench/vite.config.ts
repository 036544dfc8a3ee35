import { defineConfig } from 'vite';

// The benchmark page: built from the lab's own core and worker code, next to (not inside) the
// product's dist/. MNIST comes from the same public/ folder.
export default defineConfig({
  root: 'bench',
  base: './',
  publicDir: '../public',
  worker: { format: 'es' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
});
