// `npm run bench`: speed of the lab against plain TensorFlow.js and against the hardware, per
// backend, measured in headless Chromium on the lab's own code (bench/main.ts), then the built
// app's main thread while it trains. Every timed comparison runs in interleaved rounds (lab then
// plain, plain then lab, ...), at least 3; figures are medians with their range, all runs kept.
// Every file is new (scripts/results-file.mjs): bench/results/<date>T<time>-<commit>-<backend>.json as
// each backend finishes (a later failure keeps it), then -app.json, -load.json and -summary.json/.md,
// the summary naming the files it was made from.
// Options: --backends=webgpu,webgl,wasm,cpu  --epochs=4  --limit=1600  --rounds=3  --app-epochs=10
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { arg, browserUsed, buildOrExit, launch, openBenchPage, serve } from './bench-browser.mjs';
import { formatSpread, spread } from './bench-stats.mjs';
import { appTrainingRun } from './bench-app.mjs';
import { machineRecord, writeResults } from './results-file.mjs';

const backends = arg('backends', 'webgpu,webgl,wasm,cpu').split(',');
const workload = {
  normal: [0, 1, 2, 3, 4, 5, 6, 7, 8],
  limit: Number(arg('limit', 1600)),
  epochs: Number(arg('epochs', 4)),
  batch: 64,
};
const rounds = Math.max(3, Number(arg('rounds', 3)));
const appEpochs = Number(arg('app-epochs', 10));
const date = new Date().toISOString().slice(0, 10);
const machine = machineRecord();
const machineLine = `${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB RAM`;

buildOrExit(['--config', 'bench/vite.config.ts', '--logLevel', 'error']);
buildOrExit(['--logLevel', 'error']);
const benchServer = await serve(4393, 'bench', 'bench/dist');
const appServer = await serve(4394, 'lab', 'dist');
const browser = await launch();
const results = [];
// The files this run wrote, by part: the summary names them, so it is read with its own run's data.
const written = {};

try {
  for (const backend of backends) {
    const page = await openBenchPage(browser, 'http://127.0.0.1:4393/bench/');
    const active = await page.evaluate((b) => window.bench.init(b), backend);
    if (active.worker !== backend) {
      console.log(`${backend}: unavailable here (fell back to ${active.worker}); skipped`);
      await page.close();
      continue;
    }
    console.log(`${backend}: measuring ${rounds} interleaved rounds…`);
    const runs = [];
    for (let round = 0; round < rounds; round += 1) {
      // Alternate which side goes first, so warm caches and thermal drift favour neither.
      const labFirst = round % 2 === 0;
      const lab = labFirst ? await page.evaluate((w) => window.bench.labThroughput(w), workload) : null;
      const plain = await page.evaluate((w) => window.bench.plainThroughput(w), workload);
      const labRun = lab ?? (await page.evaluate((w) => window.bench.labThroughput(w), workload));
      const gflops = await page.evaluate(() => window.bench.matmulGflops(512, 1500));
      runs.push({ round, order: labFirst ? 'lab, plain' : 'plain, lab', lab: labRun, plain, matmul512Gflops: gflops });
      console.log(
        `  round ${round + 1}: lab ${labRun.samplesPerSecond.toFixed(0)}, plain ${plain.samplesPerSecond.toFixed(0)} samples/s`,
      );
    }
    const threshold = await page.evaluate(() => window.bench.thresholdTiming(100_000));
    await page.close();
    const flopsPerSample = runs[0].lab.flopsPerSample;
    const lab = spread(runs.map((r) => r.lab.samplesPerSecond));
    const plain = spread(runs.map((r) => r.plain.samplesPerSecond));
    const ratio = spread(runs.map((r) => r.lab.samplesPerSecond / r.plain.samplesPerSecond));
    const matmul = spread(runs.map((r) => r.matmul512Gflops));
    const result = {
      date,
      machine,
      browser: browserUsed(browser),
      backend,
      // The lab runs in its worker, plain model.fit on the page: each on the backend it got.
      backends: { worker: active.worker, page: active.page },
      workload: { ...workload, model: 'dense-ae 784-128-32-128-784' },
      rounds,
      lab,
      plain,
      labOverPlain: ratio,
      matmul512Gflops: matmul,
      shareOfPeak: spread(runs.map((r) => (r.lab.samplesPerSecond * flopsPerSample) / 1e9 / r.matmul512Gflops)),
      longTasksOnBenchPage: {
        lab: spread(runs.map((r) => r.lab.mainThread.longTasks)),
        plain: spread(runs.map((r) => r.plain.mainThread.longTasks)),
      },
      tensors: runs.map((r) => r.lab.tensors),
      threshold,
      runs,
    };
    results.push(result);
    written[backend] = writeResults(backend, result);
    console.log(
      `${backend}: lab ${formatSpread(lab)}, plain ${formatSpread(plain)} samples/s, lab/plain ${formatSpread(ratio, 2)}`,
    );
  }

  // The real app while it trains: React, charts and store on the main thread, the loop in its worker.
  const appRuns = [];
  for (const backend of results.map((r) => r.backend)) {
    const query = `backend=${backend}&normal=1&epochs=${appEpochs}&autostart=1`;
    const samples = [];
    for (let i = 0; i < rounds; i += 1)
      samples.push(await appTrainingRun(browser, 'http://127.0.0.1:4394/lab/', query, 900_000));
    const entry = {
      backend,
      query,
      longTasks: spread(samples.map((s) => s.longTasks)),
      longTasksWhileStepping: spread(samples.map((s) => s.longTasksWhileStepping)),
      longTasksRenderingResults: spread(samples.map((s) => s.longTasksRenderingResults)),
      longestTaskMs: spread(samples.map((s) => s.longestTaskMs)),
      worstFrameGapMs: spread(samples.map((s) => s.worstFrameGapMs)),
      trainingSeconds: spread(samples.map((s) => s.trainingSeconds)),
      runs: samples,
    };
    appRuns.push(entry);
    console.log(
      `app on ${backend}: ${formatSpread(entry.longTasks)} long tasks while training (${formatSpread(entry.trainingSeconds, 1)} s)`,
    );
  }
  written.app = writeResults('app', { date, machine, browser: browserUsed(browser), appEpochs, rounds, appRuns });

  // Load: bytes shipped and time from navigation to MNIST ready, on the product build.
  const files = readdirSync('dist/assets')
    .map((f) => join('dist/assets', f))
    .concat(['dist/mnist.bin', 'dist/index.html']);
  const bytes = { js: 0, wasm: 0, data: 0, other: 0 };
  for (const file of files) {
    const kind = file.endsWith('.js')
      ? 'js'
      : file.endsWith('.wasm')
        ? 'wasm'
        : file.endsWith('.bin')
          ? 'data'
          : 'other';
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
  const load = {
    gzipBytes: bytes,
    mnistRawBytes: rawData,
    navigationToMnistReadyMs: loadTimes.sort((a, b) => a - b)[1],
    runs: loadTimes,
  };
  written.load = writeResults('load', { date, machine, browser: browserUsed(browser), load });

  const kb = (n) => `${(n / 1024).toFixed(0)} kB`;
  const lines = [
    `# Benchmark ${date}`,
    '',
    `Machine: ${machineLine}, no GPU (WebGPU and WebGL on SwiftShader). Chromium ${browser.version()} headless.`,
    `Workload: dense AE 784-128-32-128-784, batch ${workload.batch}, ${workload.limit} training samples, ${workload.epochs} epochs (first is warm-up).`,
    `Each figure: median (min–max, n runs) over ${rounds} interleaved rounds (lab first in odd rounds, plain first in even ones).`,
    '',
    '| backend | lab samples/s | plain model.fit samples/s | lab / plain (per round) | matmul 512 GFLOP/s | share of peak | long tasks on the bench page lab / plain | threshold @100k |',
    '|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.backend} | ${formatSpread(r.lab)} | ${formatSpread(r.plain)} | ${formatSpread(r.labOverPlain, 2)} | ${formatSpread(r.matmul512Gflops, 1)} | ${formatSpread(r.shareOfPeak, 2)} | ${formatSpread(r.longTasksOnBenchPage.lab)} / ${formatSpread(r.longTasksOnBenchPage.plain)} | ${(r.threshold.perThresholdMs * 1000).toFixed(1)} µs |`,
    ),
    '',
    `The built app while training (\`?normal=1&epochs=${appEpochs}\`, default model; long tasks > 50 ms on the main thread between "training" and "done"):`,
    '',
    '| backend | long tasks | of which while stepping / rendering the results | longest task ms | worst frame gap ms | training s |',
    '|---|---|---|---|---|---|',
    ...appRuns
      .map((a) =>
        [
          a.backend,
          formatSpread(a.longTasks),
          `${formatSpread(a.longTasksWhileStepping)} / ${formatSpread(a.longTasksRenderingResults)}`,
          formatSpread(a.longestTaskMs),
          formatSpread(a.worstFrameGapMs),
          formatSpread(a.trainingSeconds, 1),
        ].join(' | '),
      )
      .map((row) => `| ${row} |`),
    '',
    `Load (product build, gzipped): JS ${kb(bytes.js)}, WASM ${kb(bytes.wasm)}, MNIST ${kb(bytes.data)} (${kb(rawData)} raw); navigation to MNIST ready: ${load.navigationToMnistReadyMs} ms (median of 3).`,
    '',
    `Files: ${Object.values(written).join(', ')}.`,
    '',
  ];
  const summary = { date, machine, browser: browserUsed(browser), workload, rounds, appEpochs, files: written };
  writeResults('summary', summary, lines.join('\n'));
  console.log(`\n${lines.join('\n')}`);
} finally {
  await browser.close();
  benchServer.kill();
  appServer.kill();
}
