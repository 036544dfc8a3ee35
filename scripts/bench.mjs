// `npm run bench`: speed of the lab against plain TensorFlow.js and against the hardware, per
// backend, measured in headless Chromium on the lab's own code (bench/main.ts). Writes
// bench/results/<date>-<backend>.json and bench/results/<date>-summary.md.
// Options: --backends=webgpu,webgl,wasm,cpu  --epochs=4  --limit=3200
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { arg, buildOrExit, launch, openBenchPage, serve } from './bench-browser.mjs';

const backends = arg('backends', 'webgpu,webgl,wasm,cpu').split(',');
const workload = {
  normal: [0, 1, 2, 3, 4, 5, 6, 7, 8],
  limit: Number(arg('limit', 3200)),
  epochs: Number(arg('epochs', 4)),
  batch: 64,
};
const date = new Date().toISOString().slice(0, 10);
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM`;

buildOrExit(['--config', 'bench/vite.config.ts', '--logLevel', 'error']);
buildOrExit(['--logLevel', 'error']);
const benchServer = await serve(4393, 'bench', 'bench/dist');
const appServer = await serve(4394, 'lab', 'dist');
const browser = await launch();
const results = [];

try {
  for (const backend of backends) {
    const page = await openBenchPage(browser, 'http://127.0.0.1:4393/bench/');
    const active = await page.evaluate((b) => window.bench.init(b), backend);
    if (active.worker !== backend) {
      console.log(`${backend}: unavailable here (fell back to ${active.worker}); skipped`);
      await page.close();
      continue;
    }
    console.log(`${backend}: measuring…`);
    let matmul = { size: 512, gflops: await page.evaluate(() => window.bench.matmulGflops(512, 1500)) };
    if (matmul.gflops > 20) matmul = { size: 1024, gflops: await page.evaluate(() => window.bench.matmulGflops(1024, 1500)) };
    const labRun = await page.evaluate((w) => window.bench.labThroughput(w), workload);
    const plainRun = await page.evaluate((w) => window.bench.plainThroughput(w), workload);
    const threshold = await page.evaluate(() => window.bench.thresholdTiming(100_000));
    await page.close();
    const result = {
      date,
      machine,
      browser: `Chromium ${browser.version()} headless`,
      backend,
      workload: { ...workload, model: 'dense-ae 784-128-32-128-784' },
      matmul,
      lab: { ...labRun, fractionOfPeak: labRun.achievedGflops / matmul.gflops },
      plain: { ...plainRun, achievedGflops: (plainRun.samplesPerSecond * labRun.flopsPerSample) / 1e9 },
      labOverPlain: labRun.samplesPerSecond / plainRun.samplesPerSecond,
      threshold,
    };
    results.push(result);
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(`bench/results/${date}-${backend}.json`, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`${backend}: lab ${labRun.samplesPerSecond.toFixed(0)} samples/s, plain ${plainRun.samplesPerSecond.toFixed(0)}, matmul ${matmul.gflops.toFixed(1)} GFLOP/s`);
  }

  // Load: bytes shipped and time from navigation to MNIST ready, on the product build.
  const files = readdirSync('dist/assets').map((f) => join('dist/assets', f)).concat(['dist/mnist.bin', 'dist/index.html']);
  const bytes = { js: 0, wasm: 0, data: 0, other: 0 };
  for (const file of files) {
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.wasm') ? 'wasm' : file.endsWith('.bin') ? 'data' : 'other';
    bytes[kind] += gzipSync(readFileSync(file)).length;
  }
  const rawData = statSync('dist/mnist.bin').size;
  const loadTimes = [];
  for (let i = 0; i < 3; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const start = Date.now();
    await page.goto('http://127.0.0.1:4394/lab/');
    await page.locator('[data-testid=count-train]').waitFor({ timeout: 120_000 });
    loadTimes.push(Date.now() - start);
    await context.close();
  }
  const load = { gzipBytes: bytes, mnistRawBytes: rawData, navigationToMnistReadyMs: loadTimes.sort((a, b) => a - b)[1], runs: loadTimes };
  writeFileSync(`bench/results/${date}-load.json`, `${JSON.stringify({ date, machine, load }, null, 2)}\n`);

  const kb = (n) => `${(n / 1024).toFixed(0)} kB`;
  const lines = [
    `# Benchmark ${date}`,
    '',
    `Machine: ${machine}, no GPU (WebGPU and WebGL on SwiftShader). ${results[0]?.browser ?? ''}.`,
    `Workload: dense AE 784-128-32-128-784, batch ${workload.batch}, ${workload.limit} training samples, ${workload.epochs} epochs (first is warm-up).`,
    '',
    '| backend | lab samples/s | plain model.fit samples/s | lab / plain | matmul GFLOP/s | lab GFLOP/s | share of peak | long tasks lab / plain | worst frame gap lab / plain | tensors after run / after Reset | threshold @100k |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.map((r) =>
      `| ${r.backend} | ${r.lab.samplesPerSecond.toFixed(0)} | ${r.plain.samplesPerSecond.toFixed(0)} | ${r.labOverPlain.toFixed(2)} | ${r.matmul.gflops.toFixed(1)} (n=${r.matmul.size}) | ${r.lab.achievedGflops.toFixed(2)} | ${r.lab.fractionOfPeak.toFixed(2)} | ${r.lab.mainThread.longTasks} / ${r.plain.mainThread.longTasks} | ${r.lab.mainThread.worstFrameGapMs} ms / ${r.plain.mainThread.worstFrameGapMs} ms | ${r.lab.tensors.afterRun} / ${r.lab.tensors.afterReset} | ${(r.threshold.perThresholdMs * 1000).toFixed(1)} µs |`),
    '',
    `Load (product build, gzipped): JS ${kb(bytes.js)}, WASM ${kb(bytes.wasm)}, MNIST ${kb(bytes.data)} (${kb(rawData)} raw); navigation to MNIST ready: ${load.navigationToMnistReadyMs} ms (median of 3).`,
    `Peak main-thread JS heap during the lab run: ${results.map((r) => `${r.backend} ${r.lab.mainThread.peakHeapMB} MB`).join(', ')}.`,
    '',
  ];
  writeFileSync(`bench/results/${date}-summary.md`, lines.join('\n'));
  console.log(`\n${lines.join('\n')}`);
} finally {
  await browser.close();
  benchServer.kill();
  appServer.kill();
}
