import { defineConfig } from 'vite';

// Bundles bench/node-classical.ts with the lab's core into one Node script (no TypeScript loader needed);
// TensorFlow.js stays in node_modules, one instance for the bench and the core.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'bench/node-classical.ts',
    outDir: 'bench/node-classical-dist',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      external: [/^@tensorflow\//],
      output: { format: 'es', entryFileNames: 'node-classical.js', codeSplitting: false },
    },
  },
  ssr: { noExternal: true, external: ['@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm'] },
});
