import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import isolationHeaders from './src/offline/isolation-headers.json';
import { selfContainedWasmThreads } from './vite.plugins';

// Privacy as a guarantee, not a promise: the built page may only talk to its own origin.
// (Build only: the dev server's React refresh needs an inline script.)
const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content:
          "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; " +
          "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' data: blob:",
      },
      injectTo: 'head-prepend',
    },
  ],
};

// `base: './'` makes every URL in dist/ relative, so the build runs unchanged from any
// sub-path of any static host.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy, selfContainedWasmThreads],
  worker: { format: 'es', plugins: () => [selfContainedWasmThreads] },
  // Cross-origin isolation (threaded WASM) under `npm run dev` and `npm start`; a static host that
  // sets no headers gets them from the service worker (src/offline/service-worker.js).
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.mjs'],
    setupFiles: ['./vitest.setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
