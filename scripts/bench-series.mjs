// `npm run bench:series`: the sequence detectors on the synthetic sensor series (public/samples/
// synthetic-series.csv, built by scripts/make-series-samples.mjs), per backend, in interleaved
// rounds: AUROC overall and per injected anomaly kind, training throughput (windows per second)
// and the time of a default run (train and score), in the lab's own worker on the bench page;
// then the live monitor in the built app: latency per new row and slow frames while replaying
// the whole series at 100x. Writes a new bench/results/<date>T<time>-<commit>-series[-<what>].json
// (scripts/results-file.mjs) and prints a Markdown table.
// Options: --models=dense-ae,lstm-ae,attention-ae  --backends=wasm,webgl,webgpu  --rounds=3
//          --window=16  --monitor=wasm,webgl,webgpu (backends for the monitor part; none to skip)
//          --set=epochs=5  (override every model's defaults, e.g. for a quick look)
//          --seeds=42,43,44  each model once per seed in every round (the seed draws which blocks of
//                          the series train and which are tested, and initialises the model):
//                          AUROC is mean ± sd over the seeds, speed the median over every run
import { arg, browserUsed, buildOrExit, launch, machineDescription, openBenchPage, serve } from './bench-browser.mjs';
import { machineRecord, writeResults } from './results-file.mjs';

const models = arg('models', 'dense-ae,lstm-ae,attention-ae').split(',');
const backends = arg('backends', 'wasm,webgl,webgpu').split(',');
const monitorBackends = arg('monitor', 'wasm,webgl,webgpu')
  .split(',')
  .filter((b) => b && b !== 'none');
const rounds = Number(arg('rounds', '3'));
const seeds = arg('seeds', '42,43,44').split(',').map(Number);
const window = Number(arg('window', '16'));
const overrides = Object.fromEntries(
  arg('set', '')
    .split(',')
    .filter(Boolean)
    .map((pair) => pair.split('='))
    .map(([k, v]) => [k, k === 'layers' ? v.split(':').map(Number) : Number.isNaN(Number(v)) ? v : Number(v)]),
);
const date = new Date().toISOString().slice(0, 10);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
/** Mean ± sample sd over the seeds of each seed's first run (a seed's rounds agree: the runs are seeded). */
const overSeeds = (own, value) => {
  const perSeed = seeds.map((seed) => value(own.find((r) => r.seed === seed)) * 100);
  const m = mean(perSeed);
  const sd = perSeed.length < 2 ? 0 : Math.sqrt(perSeed.reduce((a, v) => a + (v - m) ** 2, 0) / (perSeed.length - 1));
  return `${m.toFixed(1)} ± ${sd.toFixed(1)}`;
};
const spread = (values, digits = 1) =>
  `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}-${Math.max(...values).toFixed(digits)})`;

buildOrExit(['--config', 'bench/vite.config.ts', '--logLevel', 'error']);
const benchServer = await serve(4396, 'bench', 'bench/dist');
const browser = await launch();
const runs = [];
try {
  for (let round = 0; round < rounds; round += 1) {
    // Interleaved: every backend and model once per round, so a slow minute of the machine spreads.
    for (const backend of backends) {
      const page = await openBenchPage(browser, 'http://127.0.0.1:4396/bench/');
      for (const model of models)
        for (const seed of seeds) {
          const result = await page.evaluate((options) => window.bench.series(options), {
            backend,
            csvUrl: 'http://127.0.0.1:4396/bench/samples/synthetic-series.csv',
            labelColumn: 'anomaly',
            window,
            overrides: { ...overrides, model, seed },
          });
          runs.push({ round, backend, model, seed, ...result });
          const kinds = Object.entries(result.perKind)
            .map(([k, v]) => `${k} ${(v.auroc * 100).toFixed(1)}`)
            .join(', ');
          console.log(
            `round ${round + 1} ${backend} ${model} seed ${seed}: AUROC ${(result.auroc * 100).toFixed(1)} (${kinds}); ` +
              `${result.windowsPerSecond.toFixed(0)} windows/s; ${result.totalSeconds.toFixed(1)} s ` +
              `(${result.epochs} epochs of ${result.fitWindows})`,
          );
        }
      await page.close();
    }
  }
} finally {
  await browser.close();
  benchServer.kill();
}

// The monitor in the built app: a short run, then the whole series replayed at 100x.
const monitor = [];
if (monitorBackends.length) {
  buildOrExit(['--logLevel', 'error']);
  const appServer = await serve(4397, 'lab', 'dist');
  const app = await launch();
  try {
    for (let round = 0; round < rounds; round += 1) {
      for (const backend of monitorBackends) {
        const page = await app.newPage({ viewport: { width: 1360, height: 1000 } });
        await page.goto(
          `http://127.0.0.1:4397/lab/?dataset=csv&backend=${backend}&model=lstm-ae&epochs=2&view=monitor`,
        );
        await page.getByTestId('sample-sensors').click();
        await page.getByTestId('feature-count').waitFor({ timeout: 120_000 });
        await page.getByTestId('train-button').click();
        const progress = page.getByTestId('monitor-progress');
        await progress.waitFor({ timeout: 1_800_000 });
        await page.getByTestId('monitor-speed').selectOption('100');
        const started = Date.now();
        await page.waitForFunction(
          () => document.querySelector('[data-testid="monitor-progress"]')?.getAttribute('data-position') === '2400',
          null,
          { timeout: 1_800_000, polling: 250 },
        );
        const seconds = (Date.now() - started) / 1000;
        const chart = page.getByTestId('monitor-chart');
        const read = async (name) => Number(await chart.getAttribute(name));
        const row = {
          round,
          backend,
          replaySeconds: seconds,
          rowsPerSecond: 2400 / seconds,
          latencyMsPerRow: await read('data-latency-ms'),
          frames: await read('data-frames'),
          slowFrames: await read('data-slow-frames'),
          alerts: await read('data-alerts'),
        };
        monitor.push(row);
        console.log(
          `monitor round ${round + 1} ${backend}: ${row.rowsPerSecond.toFixed(0)} rows/s, ` +
            `${row.latencyMsPerRow.toFixed(2)} ms per row, ${row.slowFrames} of ${row.frames} frames over 33 ms`,
        );
        await page.close();
      }
    }
  } finally {
    await app.close();
    appServer.kill();
  }
}

const lines = [
  `Synthetic sensor series (2,400 hourly rows, 3 channels, window ${window}); ${machineDescription()}; ` +
    `${rounds} interleaved rounds; AUROC mean ± sd over seeds ${seeds.join(', ')}, speed median (range).`,
  '',
  '| backend | model | AUROC % | ' +
    ['spike', 'level_shift', 'frequency', 'noise_burst', 'flatline'].join(' | ') +
    ' | windows/s (training) | default run, s |',
  '|---|---|---|---|---|---|---|---|---|---|',
];
for (const backend of backends) {
  for (const model of models) {
    const own = runs.filter((r) => r.backend === backend && r.model === model);
    if (!own.length) continue;
    const kind = (k) => overSeeds(own, (r) => r.perKind[k]?.auroc ?? NaN);
    lines.push(
      `| ${backend} | ${model} | ${overSeeds(own, (r) => r.auroc)} | ` +
        ['spike', 'level_shift', 'frequency', 'noise_burst', 'flatline'].map(kind).join(' | ') +
        ` | ${spread(
          own.map((r) => r.windowsPerSecond),
          0,
        )} | ${spread(
          own.map((r) => r.totalSeconds),
          0,
        )} |`,
    );
  }
}
if (monitor.length) {
  lines.push('', '| backend | replay rows/s at 100x | latency per row, ms | frames over 33 ms |', '|---|---|---|---|');
  for (const backend of monitorBackends) {
    const own = monitor.filter((m) => m.backend === backend);
    lines.push(
      `| ${backend} | ${spread(
        own.map((m) => m.rowsPerSecond),
        0,
      )} | ${spread(
        own.map((m) => m.latencyMsPerRow),
        2,
      )} | ` + `${own.map((m) => `${m.slowFrames}/${m.frames}`).join(', ')} |`,
    );
  }
}
console.log(`\n${lines.join('\n')}`);
// Only a full run (every backend, the monitor, no --set) is -series.json; a partial one names what
// it holds, so it is never taken for a full run's figures.
const partial = process.argv.some((a) => a.startsWith('--backends=') || a.startsWith('--monitor='));
const suffix = process.argv.some((a) => a.startsWith('--set='))
  ? '-custom'
  : partial
    ? `-${backends.join('+')}${monitorBackends.length ? `-monitor-${monitorBackends.join('+')}` : ''}`
    : '';
writeResults(`series${suffix}`, {
  date,
  machine: machineRecord(),
  browser: browserUsed(browser),
  models,
  backends,
  monitorBackends,
  window,
  overrides,
  rounds,
  seeds,
  runs,
  monitor,
});
