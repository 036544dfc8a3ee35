import { defineConfig } from 'vite';

// Bundles bench/node-webgpu.ts with the lab's core and tfjs into one Node script, so it can run
// on a GPU machine that has Node but no npm registry; only `webgpu` (a native addon) stays outside.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'bench/node-webgpu.ts',
    outDir: 'bench/node-dist',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      external: ['webgpu'],
      output: { format: 'es', entryFileNames: 'node-webgpu.js', codeSplitting: false },
    },
  },
  ssr: { noExternal: true, external: ['webgpu'] },
});
