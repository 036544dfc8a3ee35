import { defineConfig } from 'vite';

// The deployable scorer (src/scorer/anomalyScorer.ts) as one ES module, dist/export/anomaly-scorer.mjs:
// the lab puts it in every model export. TensorFlow.js stays an import the host provides.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/export',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    lib: { entry: 'src/scorer/anomalyScorer.ts', formats: ['es'], fileName: () => 'anomaly-scorer.mjs' },
    rollupOptions: {
      external: [/^@tensorflow\//],
      output: { codeSplitting: false },
    },
  },
});
