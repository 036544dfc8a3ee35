// `npm run bench:quality`: one-class AUROC of every image detector with its own default settings,
// each class in turn as normal, on MNIST and on Fashion-MNIST, beside PCA (32 components, the
// lab's own code on the same split) and published figures. Runs the lab's worker in headless
// Chromium. Writes bench/results/<date>-quality.json and -quality.md.
// Options: --models=dense-ae,conv-ae,vae,conv-vae   (default: every image detector in the registry
//                  but the GANs, which run when named, e.g. --models=mlp-gan, scored by their
//                  f-AnoGAN encoder; a+b names the rank-mean ensemble of a and b, each with its
//                  own defaults)
//          --datasets=mnist,fashion                  (default: both)
//          --classes=0,1,...,9
//          --backend=wasm  Dense models train there (fastest without a GPU, same scores as CPU
//                          and WebGPU); a detector whose spec says it cannot train there (the
//                          convolutional ones: no convolution gradients in WASM) uses --fallback=webgl.
//          --set=epochs=50,latent=16   (override defaults, e.g. to tune them)
//          --seeds=42,43,44  each class once per seed (the seed draws the split and initialises the
//                          model); the tables then give mean ± sd over the seeds
//          --half=evaluation  which half of each bundled pool (src/core/data/poolHalves.ts): figures
//                          are reported on the evaluation half; `bench:tune` chooses settings on the
//                          tuning half; --half=all runs on the whole pool (older figures did)
//          --port=4395  the benchmark page's server
// Every run writes a new file (scripts/results-file.mjs): <date>T<time>-<commit>-quality-<datasets>-
// <models>[-seeds...].json, and .md for the table; a run with --set is written as -quality-tuned-...
// and says so, so a tuned figure is never read as a default one.
import { rmSync, writeFileSync } from 'node:fs';
import { arg, buildOrExit, launch, openBenchPage, serve } from './bench-browser.mjs';
import { browserRecord, machineRecord, resultsStamp, writeResults } from './results-file.mjs';

// Ruff et al. 2018, "Deep One-Class Classification", ICML, Table 1 (AUROC %, MNIST, per normal digit).
const publishedMnist = {
  'OC-SVM': [98.6, 99.5, 82.5, 88.1, 94.9, 77.1, 96.5, 93.7, 88.9, 93.1],
  KDE: [97.1, 98.9, 79.0, 86.2, 87.9, 73.8, 87.6, 91.4, 79.2, 88.2],
  IF: [98.0, 97.3, 88.6, 89.9, 92.7, 85.5, 95.6, 92.0, 89.9, 93.5],
  DCAE: [97.6, 98.3, 85.4, 86.7, 86.5, 78.2, 94.6, 92.3, 86.5, 90.4],
  AnoGAN: [96.6, 99.2, 85.0, 88.7, 89.4, 88.3, 94.7, 93.5, 84.9, 92.4],
  'Deep SVDD': [98.0, 99.7, 91.7, 91.9, 94.9, 88.5, 98.3, 94.6, 93.9, 96.5],
};
// Golan & El-Yaniv 2018, "Deep Anomaly Detection Using Geometric Transformations", NeurIPS, Table 1,
// Fashion-MNIST: the mean AUROC % over the ten one-class experiments of RAW-OC-SVM (an RBF one-class
// SVM on raw pixels). Their OC-SVM hyperparameters were chosen in hindsight, on test AUROC, so it is
// an upper bound for that method rather than a figure a user could reach. Quoted as recalled: this
// machine cannot reach the paper to re-check it.
const publishedFashionMeans = { 'RAW-OC-SVM (Golan & El-Yaniv 2018, hindsight-tuned)': 92.8 };

const datasets = arg('datasets', 'mnist,fashion').split(',');
const classes = arg('classes', '0,1,2,3,4,5,6,7,8,9').split(',').map(Number);
const backend = arg('backend', 'wasm');
const fallback = arg('fallback', 'webgl');
const overrides = Object.fromEntries(
  arg('set', '')
    .split(',')
    .filter(Boolean)
    .map((pair) => {
      const [key, value] = pair.split('=');
      return [
        key,
        key === 'layers' ? value.split(':').map(Number) : Number.isNaN(Number(value)) ? value : Number(value),
      ];
    }),
);
const seeds = arg('seeds', '42').split(',').map(Number);
const half = arg('half', 'evaluation');
if (!['evaluation', 'tuning', 'all'].includes(half)) throw new Error(`--half=${half}: evaluation, tuning or all`);
const date = new Date().toISOString().slice(0, 10);
const machine = machineRecord();
const machineLine = `${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB RAM`;
const classNames = {
  mnist: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
  fashion: ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot'],
};

buildOrExit(['--config', 'bench/vite.config.ts', '--logLevel', 'error']);
// Its own port (--port), so two quality runs can share the machine.
const port = Number(arg('port', 4395));
const server = await serve(port, 'bench', 'bench/dist');
const browser = await launch();
// The detectors, their data kinds and the backends they refuse, as the registry says.
const registry = await (async () => {
  const page = await openBenchPage(browser, `http://127.0.0.1:${port}/bench/`);
  const specs = await page.evaluate(() => window.bench.detectors());
  await page.close();
  return specs;
})();
const defaultModels = registry.filter((d) => d.accepts.includes('image') && d.family !== 'gan').map((d) => d.id);
const models = arg('models', defaultModels.join(',')).split(',');
const unknown = models.flatMap((m) => m.split('+')).filter((m) => !registry.some((d) => d.id === m));
if (unknown.length) throw new Error(`No detector named ${unknown.join(', ')} in the registry.`);
// Models that cannot train on the chosen backend (the page's refusal says why) move to the fallback.
const needsFallback = (model) =>
  model.split('+').some((id) => registry.find((d) => d.id === id).unsupportedBackends.includes(backend));
const rows = [];
const backends = {};
/** Images in the pool each dataset ran on (the half, or the whole set). */
const poolSizes = {};
const tuned = Object.keys(overrides).length > 0;
const seedsPart = seeds.length > 1 || seeds[0] !== 42 ? `-seeds${seeds.join('+')}` : '';
const halfPart = half === 'evaluation' ? '' : `-${half}-half`;
const kind = `quality${tuned ? '-tuned' : ''}-${datasets.join('+')}-${models.join('+')}${seedsPart}${halfPart}`;
// Rows so far, after every class: a long run stopped part way (a GAN takes hours) keeps what it measured.
const partialFile = `bench/results/${resultsStamp()}-${kind}.partial.json`;
try {
  for (const dataset of datasets) {
    for (const group of [models.filter((m) => !needsFallback(m)), models.filter(needsFallback)]) {
      if (group.length === 0) continue;
      const wanted = needsFallback(group[0]) ? fallback : backend;
      // A fresh page per dataset and backend: one worker, one backend, one image set.
      const page = await openBenchPage(browser, `http://127.0.0.1:${port}/bench/`);
      const active = await page.evaluate(
        ([b, d, h]) => window.bench.init(b, d, h === 'all' ? undefined : h),
        [wanted, dataset, half],
      );
      poolSizes[dataset] = active.count;
      for (const model of group) {
        backends[model] = active.worker;
        for (const normal of classes) {
          for (const seed of seeds) {
            const row = await page.evaluate(
              ([c, m, o]) => window.bench.quality(c, { ...o, model: m }),
              [normal, model, { ...overrides, seed }],
            );
            rows.push({ dataset, model, backend: active.worker, seed, ...row });
            writeFileSync(partialFile, `${JSON.stringify({ date, machine, partial: true, rows }, null, 2)}\n`);
            console.log(
              `${dataset} ${model} (${active.worker}) class ${normal} seed ${seed}: AUROC ` +
                `${(row.aeAuroc * 100).toFixed(1)} (PCA ${(row.pcaAuroc * 100).toFixed(1)}) in ${row.aeSeconds.toFixed(1)} s`,
            );
          }
        }
      }
      await page.close();
    }
  }
  const row = (cells) => `| ${cells.join(' | ')} |`;
  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
  // Sample standard deviation over the seeds (n - 1).
  const sd = (values) =>
    values.length < 2 ? 0 : Math.sqrt(values.reduce((a, v) => a + (v - mean(values)) ** 2, 0) / (values.length - 1));
  const pct = (v) => (Math.round(v * 1000) / 10).toFixed(1);
  // One seed: the value; several: mean ± sd over them.
  const spreadPct = (values) => (values.length > 1 ? `${pct(mean(values))} ± ${pct(sd(values))}` : pct(values[0]));
  const lines = [`# One-class AUROC (%) ${date}${tuned ? ', tuned settings' : ''}`, ''];
  const pool = Object.entries(poolSizes)
    .map(([d, n]) => `${d} ${n.toLocaleString('en')} images`)
    .join(', ');
  const poolWords =
    half === 'all' ? `the whole bundled pools (${pool})` : `the ${half} half of the bundled pools (${pool})`;
  lines.push(
    `Measured on ${machineLine}, Chromium ${browser.version()}; ${models.map((m) => `${m} on ${backends[m]}`).join(', ')}; ` +
      (tuned ? `settings overridden by --set ${arg('set', '')} (tuned); ` : 'each detector with its own defaults; ') +
      `seed${seeds.length > 1 ? 's' : ''} ${seeds.join(', ')} (${seeds.length > 1 ? 'mean ± sd over them; ' : ''}` +
      `a seed draws the split and initialises the model), on ${poolWords}, 80% of the normal class trains; the ` +
      'published columns train on about 6,000 images. Seconds are the median time of one run (train and score).',
    '',
  );
  for (const dataset of datasets) {
    const runsOf = (model, c) => rows.filter((r) => r.dataset === dataset && r.model === model && r.digit === c);
    const published = dataset === 'mnist' ? publishedMnist : {};
    const header = [
      'normal class',
      ...models.map((m) => `lab ${m}`),
      'lab PCA (k=32)',
      ...Object.keys(published).map((k) => `${k} (Ruff 2018)`),
    ];
    const tableRows = classes.map((c) => [
      classNames[dataset][c],
      ...models.map((m) => spreadPct(runsOf(m, c).map((r) => r.aeAuroc))),
      spreadPct(runsOf(models[0], c).map((r) => r.pcaAuroc)),
      ...Object.values(published).map((v) => v[c].toFixed(1)),
    ]);
    // The mean over the classes, per seed; then its spread over the seeds.
    const meanOf = (model, key) =>
      spreadPct(seeds.map((seed) => mean(classes.map((c) => runsOf(model, c).find((r) => r.seed === seed)[key]))));
    const seconds = (model) => {
      const sorted = classes.flatMap((c) => runsOf(model, c).map((r) => r.aeSeconds)).sort((a, b) => a - b);
      return sorted[Math.floor(sorted.length / 2)].toFixed(0);
    };
    lines.push(
      `## ${dataset === 'mnist' ? 'MNIST' : 'Fashion-MNIST'}`,
      '',
      `| ${header.join(' | ')} |`,
      `|${header.map(() => '---').join('|')}|`,
      ...tableRows.map(row),
      row([
        '**mean**',
        ...models.map((m) => `**${meanOf(m, 'aeAuroc')}**`),
        meanOf(models[0], 'pcaAuroc'),
        ...Object.values(published).map((v) =>
          (Math.round(mean(classes.map((c) => v[c])) * 10 + 1e-9) / 10).toFixed(1),
        ),
      ]),
      row(['seconds per run', ...models.map(seconds), '', ...Object.keys(published).map(() => '')]),
      '',
    );
    if (dataset === 'fashion') {
      lines.push(
        'Published Fashion-MNIST mean, quoted as recalled (not re-checked offline): ' +
          Object.entries(publishedFashionMeans)
            .map(([k, v]) => `${k} ${v.toFixed(1)}`)
            .join(', ') +
          '.',
        '',
      );
    }
  }
  const report = {
    date,
    machine,
    browser: browserRecord(browser),
    half,
    poolSizes,
    tuned: tuned ? overrides : false,
    backends,
    classes,
    seeds,
    rows,
    publishedMnist,
    publishedFashionMeans,
  };
  writeResults(kind, report, lines.join('\n'));
  rmSync(partialFile, { force: true });
  console.log(`\n${lines.join('\n')}`);
} finally {
  await browser.close();
  server.kill();
}
