import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

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
  plugins: [react(), contentSecurityPolicy],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000 },
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
