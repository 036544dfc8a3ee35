// Compiles the lab's WASM kernels (wasm-kernels/, AssemblyScript) into two modules: one importing a
// shared memory (TensorFlow.js's threaded build, several threads) and one a plain memory (its
// single-threaded builds). Skipped when both are newer than every source file.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import asc from 'assemblyscript/asc';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'wasm-kernels');
const outDir = join(root, 'src/core/engine/generated');
const common = ['--runtime', 'stub', '--importMemory', '--initialMemory', '0', '--enable', 'simd', '--noAssert'];
const builds = [
  { file: 'labKernels.wasm', flags: [] },
  { file: 'labKernels-shared.wasm', flags: ['--sharedMemory', '--maximumMemory', '65536', '--enable', 'threads'] },
];

const newestSource = Math.max(
  ...readdirSync(sourceDir).map((name) => statSync(join(sourceDir, name)).mtimeMs),
  statSync(fileURLToPath(import.meta.url)).mtimeMs,
);
const age = (file) => {
  try {
    return statSync(join(outDir, file)).mtimeMs;
  } catch {
    return 0;
  }
};
mkdirSync(outDir, { recursive: true });
for (const { file, flags } of builds) {
  if (age(file) > newestSource) continue;
  const { error, stderr } = await asc.main([
    join(sourceDir, 'index.ts'),
    '-o',
    join(outDir, file),
    '-O3',
    ...common,
    ...flags,
  ]);
  if (error) {
    console.error(stderr.toString());
    throw error;
  }
  console.log(`built ${file}`);
}
