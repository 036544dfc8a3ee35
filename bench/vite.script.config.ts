import { defineConfig } from 'vite';

// Bundles one Node benchmark script (bench/<BENCH_SCRIPT>.ts, default node-classical) with the lab's
// core into one file, bench/<BENCH_SCRIPT>-dist/<BENCH_SCRIPT>.js (no TypeScript loader needed);
// TensorFlow.js stays in node_modules, one instance for the bench and the core.
const script = process.env.BENCH_SCRIPT ?? 'node-classical';

export default defineConfig({
  publicDir: false,
  build: {
    ssr: `bench/${script}.ts`,
    outDir: `bench/${script}-dist`,
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      external: [/^@tensorflow\//],
      output: { format: 'es', entryFileNames: `${script}.js`, codeSplitting: false },
    },
  },
  ssr: { noExternal: true, external: ['@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm'] },
});
