// `npm run bench:labels`: learning from labels on MNIST and Fashion-MNIST, every class in turn as
// normal, after the Deep SAD paper (Ruff et al. 2020): labelled anomalies at 1% and 5% of the training
// items, drawn from every anomalous class and from one known class (normal + 1 + seed index, mod 10),
// each detector with its own defaults (chosen before any measurement, from the papers). Unsupervised
// detectors train once per split and are measured on each budget's test items (a label budget moves
// none of their training items); label-aware ones train per budget. AUROC on all, known and unknown
// anomalies. Runs the lab's worker in headless Chromium on the evaluation half of each pool.
// Options: --datasets=mnist,fashion --classes=0,...,9 --seeds=42,43,44 --percents=1,5
//          --unsupervised=deep-svdd,dense-ae --aware=deep-sad,classifier --backend=wasm --port=4396
// Writes bench/results/<date>T<time>-<commit>-labels-<datasets>.json and .md (a new file every run).
import { writeFileSync, rmSync } from 'node:fs';
import { arg, buildOrExit, launch, openBenchPage, serve } from './bench-browser.mjs';
import { browserRecord, machineRecord, resultsStamp, writeResults } from './results-file.mjs';

// Ruff et al. 2020 ("Deep Semi-Supervised Anomaly Detection", ICLR), Deep SVDD and Deep SAD means
// over the MNIST classes are not restated here: this machine cannot reach the paper to check them.
// Golan & El-Yaniv 2018, Table 1: GEOM on Fashion-MNIST, mean AUROC 93.5 (quoted as recalled).
const datasets = arg('datasets', 'mnist,fashion').split(',');
const classes = arg('classes', '0,1,2,3,4,5,6,7,8,9').split(',').map(Number);
const seeds = arg('seeds', '42,43,44').split(',').map(Number);
const percents = arg('percents', '1,5').split(',').map(Number);
const unsupervised = arg('unsupervised', 'deep-svdd,dense-ae').split(',');
const aware = arg('aware', 'deep-sad,classifier').split(',');
const backend = arg('backend', 'wasm');
const port = Number(arg('port', 4396));
const machine = machineRecord();

buildOrExit(['--config', 'bench/vite.config.ts', '--logLevel', 'error']);
const server = await serve(port, 'bench', 'bench/dist');
const browser = await launch();
const kind = `labels-${datasets.join('+')}${classes.length < 10 ? `-classes${classes.join('+')}` : ''}`;
const partialFile = `bench/results/${resultsStamp()}-${kind}.partial.json`;
const rows = [];
const backends = {};
try {
  for (const dataset of datasets) {
    const page = await openBenchPage(browser, `http://127.0.0.1:${port}/bench/`);
    const active = await page.evaluate(([b, d]) => window.bench.init(b, d, 'evaluation'), [backend, dataset]);
    backends[dataset] = active.worker;
    for (const digit of classes) {
      for (const [seedIndex, seed] of seeds.entries()) {
        const found = await page.evaluate((options) => window.bench.labels(options), {
          digit,
          seed,
          seedIndex,
          unsupervised,
          aware,
          percents,
        });
        for (const r of found) rows.push({ dataset, digit, seed, backend: active.worker, ...r });
        writeFileSync(partialFile, `${JSON.stringify({ machine, partial: true, rows }, null, 2)}\n`);
        const shown = found
          .filter((r) => r.percent === 1 && r.known === 'all')
          .map((r) => `${r.model} ${(r.auroc * 100).toFixed(1)}`)
          .join(', ');
        console.log(`${dataset} class ${digit} seed ${seed}: at 1% labels ${shown}`);
      }
    }
    await page.close();
  }

  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
  const sd = (values) =>
    values.length < 2 ? 0 : Math.sqrt(values.reduce((a, v) => a + (v - mean(values)) ** 2, 0) / (values.length - 1));
  const pct = (v) => (Math.round(v * 1000) / 10).toFixed(1);
  // Mean over the classes per seed, then mean ± sd over the seeds.
  const overSeeds = (pick) => {
    const perSeed = seeds.map((seed) => mean(classes.map((c) => pick(c, seed))));
    return `${pct(mean(perSeed))} ± ${pct(sd(perSeed))}`;
  };
  const lines = [`# Learning from labels: one-class AUROC (%) with labelled anomalies`, ''];
  lines.push(
    `Measured on ${machine.cores} × ${machine.cpu}, Chromium ${browser.version()}, backend ` +
      `${Object.values(backends).join(', ')}; the evaluation half of each bundled pool; classes ${classes.join(', ')} ` +
      `each normal in turn; seeds ${seeds.join(', ')} (mean over the classes per seed, then mean ± sd over the ` +
      'seeds); every detector with its own defaults, chosen before any measurement. "one known" draws the labelled ' +
      'anomalies from one class (normal + 1 + seed index, mod 10); the unknown column is AUROC on the other ' +
      "anomalous classes. Unsupervised detectors train once per split and are measured on each budget's test items.",
    '',
  );
  const cell = (dataset, model, percent, known, key) =>
    overSeeds((c, seed) => {
      const r = rows.find(
        (x) =>
          x.dataset === dataset &&
          x.digit === c &&
          x.seed === seed &&
          x.model === model &&
          x.percent === percent &&
          x.known === known,
      );
      return r ? r[key] : Number.NaN;
    });
  const models = [...unsupervised, ...aware];
  for (const dataset of datasets) {
    lines.push(`## ${dataset === 'mnist' ? 'MNIST' : 'Fashion-MNIST'}`, '');
    const header = ['labels', ...models];
    lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
    lines.push(
      `| none | ${models.map((m) => (aware.includes(m) ? '' : cell(dataset, m, 0, 'all', 'auroc'))).join(' | ')} |`,
    );
    for (const percent of percents) {
      lines.push(
        `| ${percent}%, all classes | ${models.map((m) => cell(dataset, m, percent, 'all', 'auroc')).join(' | ')} |`,
      );
      lines.push(
        `| ${percent}%, one known: known | ${models.map((m) => cell(dataset, m, percent, 'one', 'aurocKnown')).join(' | ')} |`,
      );
      lines.push(
        `| ${percent}%, one known: unknown | ${models.map((m) => cell(dataset, m, percent, 'one', 'aurocUnknown')).join(' | ')} |`,
      );
    }
    // Where a label-aware detector beats the best unsupervised one of the same split, class by class (1%, all).
    for (const percent of percents) {
      for (const model of aware) {
        const wins = classes.filter((c) =>
          seeds.every((seed) => {
            const at = (m) =>
              rows.find(
                (x) =>
                  x.dataset === dataset &&
                  x.digit === c &&
                  x.seed === seed &&
                  x.model === m &&
                  x.percent === percent &&
                  x.known === 'all',
              )?.auroc ?? Number.NaN;
            return at(model) > Math.max(...unsupervised.map(at));
          }),
        ).length;
        lines.push(
          `${model} at ${percent}% (all classes) beats the best unsupervised detector of the same split on ${wins} of ${classes.length} classes (every seed).`,
        );
      }
    }
    lines.push('');
  }
  const report = {
    machine,
    browser: browserRecord(browser),
    backends,
    classes,
    seeds,
    percents,
    unsupervised,
    aware,
    rows,
  };
  writeResults(kind, report, lines.join('\n'));
  rmSync(partialFile, { force: true });
  console.log(`\n${lines.join('\n')}`);
} finally {
  await browser.close();
  server.kill();
}
