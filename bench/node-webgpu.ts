/**
 * Real-GPU figures for the lab's WebGPU path without a browser: Dawn (npm package `webgpu`) gives
 * Node a navigator.gpu, and the lab's own core code runs on it unchanged: backend selection,
 * matmul peak, the training loop (against plain model.fit), and the default run's AUROC.
 * Writes a new bench/results/<date>T<time>-<commit>-node-webgpu-<backend>.json under the folder it
 * runs in (scripts/results-file.mjs, bundled in), with the GPU adapter as the machine's GPU.
 * Usage: node bench/node-dist/node-webgpu.js <path to mnist.bin> [--backend=cpu]
 * (built by `npm run bench:node-webgpu`, which also runs it where a GPU adapter exists).
 */
import { readFileSync } from 'node:fs';
import { create, globals } from 'webgpu';
// @ts-expect-error a plain ES module shared with the scripts that run benchmarks in the browser
import { machineRecord, writeResults } from '../scripts/results-file.mjs';

Object.assign(globalThis, globals);
Object.defineProperty(globalThis, 'navigator', { value: { gpu: create([]) }, configurable: true });

const [assetPath = 'public/mnist.bin'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const backendChoice = (process.argv.find((a) => a.startsWith('--backend='))?.slice(10) ?? 'webgpu') as 'webgpu' | 'cpu';

async function main() {
  // Imported after navigator.gpu exists, as in a browser.
  const tf = await import('@tensorflow/tfjs');
  const { selectBackend, measureMatmulGflops } = await import('../src/core/backend');
  const { defaultConfig } = await import('../src/core/config');
  const { decodeMnistAsset, gatherPixels } = await import('../src/core/data/mnist');
  const { oneClassSplit } = await import('../src/core/data/split');
  const { auroc, buildScoreIndex } = await import('../src/core/detect/metrics');
  const { LabSession } = await import('../src/core/lab/session');
  const { plainFitThroughput } = await import('./plain');
  const { median } = await import('./median');
  const { epochWindows } = await import('./epochWindows');

  const selection = await selectBackend(backendChoice);
  const adapter = backendChoice === 'webgpu' ? await (globalThis.navigator as Navigator).gpu.requestAdapter() : null;
  const bytes = readFileSync(assetPath);
  const decoded = decodeMnistAsset(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (!decoded.ok) throw new Error(decoded.reason);
  const mnist = decoded.data;
  const gpu = adapter
    ? {
        vendor: adapter.info.vendor,
        architecture: adapter.info.architecture,
        device: adapter.info.device,
        description: adapter.info.description,
      }
    : null;
  const report: Record<string, unknown> = {
    date: new Date().toISOString().slice(0, 10),
    // The helper's GPU line speaks of the browser benchmarks' software renderer; here the adapter is the GPU.
    machine: { ...machineRecord(), gpu: gpu ? gpu.description || `${gpu.vendor} ${gpu.device}` : 'none used' },
    backend: selection.active,
    skipped: selection.skipped,
    adapter: gpu,
    // The engine's settings as this run had them.
    tfFlags: tf.env().getFlags(),
  };
  console.log(JSON.stringify(report));

  const matmul: Record<string, number> = {};
  for (const size of backendChoice === 'webgpu' ? [512, 1024, 2048, 4096] : [256]) {
    matmul[size] = await measureMatmulGflops(size, 1500);
    console.log(`matmul ${size}: ${matmul[size].toFixed(1)} GFLOP/s`);
  }
  report.matmulGflops = matmul;

  // Throughput: the lab's loop (LabSession, as in the worker) vs plain model.fit, digits 0-8.
  const throughput: Record<string, unknown>[] = [];
  for (const batch of [64, 256, 1024]) {
    const config = { ...defaultConfig(), normal: [0, 1, 2, 3, 4, 5, 6, 7, 8], epochs: 4, batch };
    const session = new LabSession();
    session.setDataset(mnist);
    const prepared = session.prepare(config);
    const epochEnds: number[] = [];
    await session.train(config, {
      onStepLosses: () => {},
      onEpoch: () => epochEnds.push(performance.now()),
      onSamples: () => {},
      onScores: () => {},
    });
    const windows = epochWindows(epochEnds, Math.floor(prepared.counts.fit / batch) * batch);
    session.dispose();
    const split = oneClassSplit({ labels: mnist.labels, normalClasses: config.normal, seed: config.seed });
    const fit = tf.tensor2d(gatherPixels(mnist, split.fitIndices), [split.fitIndices.length, 784]);
    const validation = tf.tensor2d(gatherPixels(mnist, split.validationIndices), [split.validationIndices.length, 784]);
    const plain = await plainFitThroughput(fit, validation, config);
    tf.dispose([fit, validation]);
    const row = { batch, labSamplesPerSecond: median(windows), plainSamplesPerSecond: plain.samplesPerSecond };
    // Each epoch's rate after the first (the runs behind the medians).
    throughput.push({ ...row, labWindows: windows, plainWindows: plain.windows });
    console.log(JSON.stringify(row));
  }
  report.throughput = throughput;

  // The default run (normal digit 1 and 0), timed as the lab runs it.
  const defaults: Record<string, unknown>[] = [];
  for (const digit of [1, 0]) {
    const config = { ...defaultConfig(), normal: [digit] };
    const session = new LabSession();
    session.setDataset(mnist);
    const prepared = session.prepare(config);
    let testScores: Float32Array | null = null;
    const start = performance.now();
    await session.train(config, {
      onStepLosses: () => {},
      onEpoch: () => {},
      onSamples: () => {},
      onScores: (s) => void (testScores = s.testScores),
    });
    const seconds = (performance.now() - start) / 1000;
    session.dispose();
    const row = { digit, auroc: auroc(buildScoreIndex(testScores!, prepared.testIsAnomaly)), seconds };
    defaults.push(row);
    console.log(JSON.stringify(row));
  }
  report.defaultRun = defaults;
  writeResults(`node-webgpu-${selection.active}`, report);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
