// `npm run bench`: speed of the lab against plain TensorFlow.js and against the hardware, per
// backend, measured in headless Chromium on the lab's own code (bench/main.ts), then the built
// app's main thread while it trains. Each round measures three things, in an order rotated every
// round: the lab's loop on the lab's engine, the lab's loop on TensorFlow.js's own engine (its
// kernels, tape and Adam: src/core/engine/engineChoice.ts, a worker of its own) and plain
// `model.fit` on the page on those same kernels. Per round: loop overhead = lab loop on tfjs engine /
// model.fit (same kernels: what the loop, worker and live views cost), engine gain = lab engine /
// lab loop on tfjs engine (what the lab's kernels gain), and lab / plain (their product). At least 3
// rounds; figures are medians with their range, all runs kept.
// Every file is new (scripts/results-file.mjs): bench/results/<date>T<time>-<commit>-<backend>.json as
// each backend finishes (a later failure keeps it), then -app.json, -load.json and -summary.json/.md,
// the summary naming the files it was made from.
// Options: --backends=webgpu,webgl,wasm,cpu  --epochs=4  --limit=1600  --rounds=3  --app-epochs=10
//          --plain-engine=tfjs  (lab: plain model.fit on the kernel set it had before the split, the
//          lab's WASM wrappers without its pool, to compare with older files; the loop overhead then
//          compares different kernels)
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
const plainEngine = arg('plain-engine', 'tfjs');
// The three measurements of a round, by the key their runs are kept under.
const sides = {
  lab: { label: 'lab', measure: (page) => page.evaluate((w) => window.bench.labThroughput(w, 'lab'), workload) },
  labOnTfjsEngine: {
    label: 'lab loop on tfjs engine',
    measure: (page) => page.evaluate((w) => window.bench.labThroughput(w, 'tfjs'), workload),
  },
  plain: { label: 'plain', measure: (page) => page.evaluate((w) => window.bench.plainThroughput(w), workload) },
};
/** Round r runs the sides rotated by r, so each goes first, second and third as often as the rounds allow. */
const orderOf = (round) => {
  const keys = Object.keys(sides);
  return keys.map((_, i) => keys[(i + round) % keys.length]);
};
const rate = (run) => run.samplesPerSecond;
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
    const engines = { workers: ['lab', 'tfjs'], page: plainEngine };
    const active = await page.evaluate(([b, e]) => window.bench.init(b, 'mnist', undefined, e), [backend, engines]);
    const started = Object.values(active.engines.workers).map((w) => w.active);
    if (active.worker !== backend || started.some((b) => b !== backend)) {
      console.log(`${backend}: unavailable here (fell back to ${started.join(', ')}); skipped`);
      await page.close();
      continue;
    }
    console.log(`${backend}: measuring ${rounds} rounds of lab, lab loop on tfjs engine and plain, order rotated…`);
    const runs = [];
    for (let round = 0; round < rounds; round += 1) {
      // Rotated, so warm caches and thermal drift favour none of the three.
      const order = orderOf(round);
      const measured = {};
      for (const side of order) measured[side] = await sides[side].measure(page);
      const gflops = await page.evaluate(() => window.bench.matmulGflops(512, 1500));
      const { lab, labOnTfjsEngine, plain } = measured;
      const ratios = {
        loopOverhead: rate(labOnTfjsEngine) / rate(plain),
        engineGain: rate(lab) / rate(labOnTfjsEngine),
        labOverPlain: rate(lab) / rate(plain),
      };
      runs.push({
        round,
        order: order.map((side) => sides[side].label).join(', '),
        lab,
        labOnTfjsEngine,
        plain,
        ...ratios,
        matmul512Gflops: gflops,
      });
      const figures = [
        `lab ${rate(lab).toFixed(0)}, lab loop on tfjs engine ${rate(labOnTfjsEngine).toFixed(0)}, `,
        `plain ${rate(plain).toFixed(0)} samples/s; loop overhead ${ratios.loopOverhead.toFixed(2)}, `,
        `engine gain ${ratios.engineGain.toFixed(2)}, lab / plain ${ratios.labOverPlain.toFixed(2)}`,
      ];
      console.log(`  round ${round + 1} (${runs.at(-1).order}): ${figures.join('')}`);
    }
    const threshold = await page.evaluate(() => window.bench.thresholdTiming(100_000));
    await page.close();
    const flopsPerSample = runs[0].lab.flopsPerSample;
    const rates = (side) => spread(runs.map((r) => rate(r[side])));
    const [lab, labOnTfjsEngine, plain] = [rates('lab'), rates('labOnTfjsEngine'), rates('plain')];
    // Each ratio was taken per round (the same round's runs); here they are summarised.
    const ratioOf = (key) => spread(runs.map((r) => r[key]));
    const [loopOverhead, engineGain] = [ratioOf('loopOverhead'), ratioOf('engineGain')];
    const ratio = ratioOf('labOverPlain');
    const matmul = spread(runs.map((r) => r.matmul512Gflops));
    const result = {
      date,
      machine,
      browser: browserUsed(browser),
      backend,
      // The lab runs in its workers (one per engine), plain model.fit on the page: each on its backend.
      backends: { worker: active.worker, page: active.page },
      // Which engine each side trained with, and WASM's threads there. The tfjs engine and plain (unless
      // --plain-engine=lab) run TensorFlow.js's own kernels, plus the WASM convolution filter gradient it
      // lacks; before this split plain ran with the lab's WASM wrappers (transposed products, Identity,
      // Tile, Sum), so a WASM lab / plain here is not comparable with older files.
      engines: active.engines,
      workload: { ...workload, model: 'dense-ae 784-128-32-128-784' },
      rounds,
      lab,
      labOnTfjsEngine,
      plain,
      loopOverhead,
      engineGain,
      labOverPlain: ratio,
      matmul512Gflops: matmul,
      shareOfPeak: spread(runs.map((r) => (r.lab.samplesPerSecond * flopsPerSample) / 1e9 / r.matmul512Gflops)),
      longTasksOnBenchPage: {
        lab: spread(runs.map((r) => r.lab.mainThread.longTasks)),
        labOnTfjsEngine: spread(runs.map((r) => r.labOnTfjsEngine.mainThread.longTasks)),
        plain: spread(runs.map((r) => r.plain.mainThread.longTasks)),
      },
      tensors: runs.map((r) => r.lab.tensors),
      tensorsOnTfjsEngine: runs.map((r) => r.labOnTfjsEngine.tensors),
      threshold,
      runs,
    };
    results.push(result);
    written[backend] = writeResults(backend, result);
    console.log(
      `${backend}: lab ${formatSpread(lab)}, lab loop on tfjs engine ${formatSpread(labOnTfjsEngine)}, ` +
        `plain ${formatSpread(plain)} samples/s; loop overhead ${formatSpread(loopOverhead, 2)}, ` +
        `engine gain ${formatSpread(engineGain, 2)}, lab / plain ${formatSpread(ratio, 2)}`,
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
    `Each figure: median (min–max, n runs) over ${rounds} rounds; each round measures lab (the lab's loop ` +
      "on its engine), the lab's loop on TensorFlow.js's own engine and plain model.fit " +
      `(on the ${plainEngine} engine's kernels), in an order rotated every round.`,
    'Ratios per round: loop overhead = lab loop on tfjs engine / plain (same kernels: what the loop costs); ' +
      "engine gain = lab / lab loop on tfjs engine (what the lab's engine gains); lab / plain = their product.",
    '',
    '| backend | lab samples/s | lab loop on tfjs engine samples/s | plain model.fit samples/s | loop overhead | ' +
      'engine gain | lab / plain | matmul 512 GFLOP/s | share of peak | long tasks on the bench page lab / plain | ' +
      'threshold @100k |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...results
      .map((r) =>
        [
          r.backend,
          formatSpread(r.lab),
          formatSpread(r.labOnTfjsEngine),
          formatSpread(r.plain),
          formatSpread(r.loopOverhead, 2),
          formatSpread(r.engineGain, 2),
          formatSpread(r.labOverPlain, 2),
          formatSpread(r.matmul512Gflops, 1),
          formatSpread(r.shareOfPeak, 2),
          `${formatSpread(r.longTasksOnBenchPage.lab)} / ${formatSpread(r.longTasksOnBenchPage.plain)}`,
          `${(r.threshold.perThresholdMs * 1000).toFixed(1)} µs`,
        ].join(' | '),
      )
      .map((row) => `| ${row} |`),
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
  const summary = {
    date,
    machine,
    browser: browserUsed(browser),
    workload,
    rounds,
    plainEngine,
    appEpochs,
    files: written,
  };
  writeResults('summary', summary, lines.join('\n'));
  console.log(`\n${lines.join('\n')}`);
} finally {
  await browser.close();
  benchServer.kill();
  appServer.kill();
}
