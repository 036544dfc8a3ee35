import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `base: './'` makes every URL in dist/ relative, so the build runs unchanged from any
// sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
