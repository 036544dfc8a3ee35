// Every figure README.md and bench/README.md quote under a marker, by name: the committed results
// file it comes from (`file`, or `files` for a figure that compares runs) and how its text is made
// from it (scripts/check-figures.mjs checks the documents against these; scripts/figures/check.mjs
// says how a marker looks). A figure is never typed into a document by hand: a new run adds a new
// file and a new entry here.

/** The lines of a Markdown results file from a heading to the next heading (heading and blank edges dropped). */
export function section(markdown, heading) {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) throw new Error(`no "${heading}" in the results file`);
  const end = lines.findIndex((line, i) => i > start && /^#{1,6} /.test(line));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}

/** Only the table rows of a section (its prose stays in the document, in the document's words). */
export const tableOf = (markdown, heading) =>
  section(markdown, heading)
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .join('\n');

const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
/** Sample standard deviation (n - 1), 0 for one value. */
const sd = (values) =>
  values.length < 2 ? 0 : Math.sqrt(values.reduce((a, v) => a + (v - mean(values)) ** 2, 0) / (values.length - 1));
const pct = (v) => (Math.round(v * 1000) / 10).toFixed(1);

/** A bench:quality file's mean over classes per seed, then mean ± sd over seeds, in %. */
export function qualityMean(report, dataset, model, key = 'aeAuroc') {
  const rows = report.rows.filter((r) => r.dataset === dataset && r.model === model);
  if (rows.length === 0) throw new Error(`no ${dataset} ${model} rows`);
  const seeds = [...new Set(rows.map((r) => r.seed))];
  const perSeed = seeds.map((seed) => mean(rows.filter((r) => r.seed === seed).map((r) => r[key])));
  return seeds.length > 1 ? `${pct(mean(perSeed))} ± ${pct(sd(perSeed))}` : pct(perSeed[0]);
}

/**
 * An older quality file's figure (whole pool, one seed, an earlier engine: quoted only to say what
 * changed): the mean over classes of one model in %, or one class's AUROC. Reads both the `rows`
 * files and the partial file keyed `dataset|model|class` (AUROC already in %).
 */
export function olderQuality(report, dataset, model, digit) {
  const rows = Array.isArray(report.rows)
    ? report.rows.filter((r) => (r.dataset ?? 'mnist') === dataset && r.model === model)
    : Object.entries(report)
        .filter(([key]) => key.startsWith(`${dataset}|${model}|`))
        .map(([key, r]) => ({ digit: Number(key.split('|')[2]), aeAuroc: r.auroc / 100 }));
  const picked = digit === undefined ? rows : rows.filter((r) => r.digit === digit);
  if (picked.length === 0) throw new Error(`no older ${dataset} ${model} rows`);
  return pct(mean(picked.map((r) => r.aeAuroc)));
}
const older = {
  partial: 'bench/results/2026-11-23-quality-partial.json',
  fashionConv: 'bench/results/2026-11-23-quality-fashion-conv-ae+conv-vae.json',
  mnistConvVae: 'bench/results/2026-11-24-quality-mnist-conv-vae.json',
  mnistMlpGan: 'bench/results/2026-11-24-quality-mnist-mlp-gan.json',
  fashionMlpGan: 'bench/results/2026-11-24-quality-fashion-mlp-gan.json',
  mnistDcgan: 'bench/results/2026-11-24-quality-mnist-dcgan.json',
  fashionDcgan: 'bench/results/2026-11-24-quality-fashion-dcgan.json',
};
/** A figure entry for an older quality file. */
const olderFigure = (file, dataset, model, digit) => ({ file, text: (r) => olderQuality(r, dataset, model, digit) });

/** The shipped starts (public/pretrained/index.json, written by `npm run build:pretrained`): what each reached, and when. */
function pretrainedTable(index) {
  const start = {
    'dense-ae': 'dense autoencoder, digit 1 normal (MNIST)',
    'conv-ae': 'convolutional autoencoder, digit 1 normal (MNIST)',
    'mlp-gan': 'MLP GAN generator (all ten digits)',
    dcgan: 'DCGAN generator (all ten digits)',
  };
  const rows = index.starts.map((s) => {
    const reached =
      s.auroc !== null ? `AUROC ${s.auroc.toFixed(4)}` : `classifier score ${s.classifierScore.toFixed(2)}`;
    return `| ${start[s.id]} | \`${s.query}\` | ${s.date} | ${s.minutes.toFixed(1)} min | ${reached} |`;
  });
  return ['| start | trained by the link | on | time | reached |', '|---|---|---|---|---|', ...rows].join('\n');
}

const conv = 'bench/results/2026-12-07T145350-0abe42f-quality-mnist+fashion-vae+conv-vae+conv-ae-seeds42+43+44.md';
const convJson = conv.replace(/\.md$/, '.json');
const convWholePool = 'bench/results/2026-12-07T143944-0abe42f-quality-mnist-conv-vae-all-half.json';
/** One row's AUROC in % of a single-seed quality file. */
const cell = (report, model, digit) =>
  pct(report.rows.find((r) => r.model === model && r.digit === digit && r.dataset === 'mnist').aeAuroc);

const tune = 'bench/results/2026-12-07T142723-58cca2b-tune-knn-view+dense-ae-epochs+table-detector.md';
const tuneSeries = 'bench/results/2026-12-07T151027-12fb89b-tune-rowscore+lstm-ae-epochs.md';
const json = (file) => file.replace(/\.md$/, '.json');

/**
 * A sweep's evaluation figure for one setting and one dataset of a bench:tune file: the mean over
 * that dataset's classes per seed, then mean ± sd over the seeds, in %.
 */
export function tuneEvaluation(report, sweep, setting, data) {
  const tried = report.sweeps
    .find((s) => s.name === sweep)
    .evaluation.find((t) => Object.entries(setting).every(([k, v]) => t.setting[k] === v));
  if (!tried) throw new Error(`no evaluation of ${JSON.stringify(setting)} in ${sweep}`);
  const cells = tried.cells.filter((c) => c.data === data);
  if (cells.length === 0) throw new Error(`no ${data} cells in ${sweep}`);
  const seeds = [...new Set(cells.map((c) => c.seed))];
  const perSeed = seeds.map((seed) => mean(cells.filter((c) => c.seed === seed).map((c) => c.auroc)));
  return seeds.length > 1 ? `${pct(mean(perSeed))} ± ${pct(sd(perSeed))}` : pct(perSeed[0]);
}

/** A setting's mean AUROC (%) over every tuning cell of a bench:tune sweep (one seed: no spread). */
export function tuneTuning(report, sweep, setting) {
  const tried = report.sweeps
    .find((s) => s.name === sweep)
    .tuning.find((t) => Object.entries(setting).every(([k, v]) => t.setting[k] === v));
  if (!tried) throw new Error(`no tuning run of ${JSON.stringify(setting)} in ${sweep}`);
  return pct(mean(tried.cells.map((c) => c.auroc)));
}

const wasmSeed42 = 'bench/results/2026-12-07T151510-f8b2cb2-quality-mnist-dense-ae.json';
const webglSeed42 = 'bench/results/2026-12-07T151608-f8b2cb2-quality-mnist-dense-ae.json';
const webgpuSeed42 = 'bench/results/2026-12-07T193928-1ee977a-quality-mnist-dense-ae.json';

/** Two single-seed runs of one detector compared class by class: `a` − `b` in AUROC points. */
function classGaps(a, b) {
  return a.rows.map((row) => {
    const other = b.rows.find((r) => r.digit === row.digit && r.dataset === row.dataset && r.model === row.model);
    if (!other) throw new Error(`class ${row.digit} missing from the other run`);
    return (row.aeAuroc - other.aeAuroc) * 100;
  });
}
const points = (v) => (v >= 0 ? '+' : '−') + Math.abs(v).toFixed(1);

const classical = 'bench/results/2026-12-07T151235-f8b2cb2-classical.md';

/** A detector's mean over a dataset's classes per seed, then mean ± sd, from a bench:classical file's runs. */
export function classicalMean(report, dataset, detector) {
  const runs = report.runs.filter((r) => r.source === 'lab' && r.dataset === dataset && r.detector === detector);
  if (runs.length === 0) throw new Error(`no ${dataset} ${detector} runs`);
  const seeds = [...new Set(runs.map((r) => r.seed))];
  const perSeed = seeds.map((seed) => mean(runs.filter((r) => r.seed === seed).map((r) => r.auroc)));
  return `${pct(mean(perSeed))} ± ${pct(sd(perSeed))}`;
}

const engine = 'bench/results/2026-12-07T153429-f8b2cb2-engine.json';
const engineBackends = 'bench/results/2026-12-07T175503-99102b8-engine.json';

/** The thread verdict table of a bench:engine file: per-round ratios, median (range, n), verdict. */
function threadTable(report) {
  const rows = Object.entries(report.threadRatios).map(([model, t]) => {
    const rounds = t.perRound.map((r) => r.ratio.toFixed(2)).join(', ');
    const { median, min, max, runs } = t.ratio;
    return `| ${model} | ${rounds} | ${median.toFixed(2)} (${min.toFixed(2)}–${max.toFixed(2)}, n=${runs.length}) | ${t.verdict} |`;
  });
  return [
    '| detector | threads / 1 thread, per round | median (range, n) | 1.4x target |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** A bench:engine file's items/s per detector and setup, median (min–max), and WASM's lead over WebGL. */
function engineTable(report) {
  const setups = report.setups.map((s) => s.label);
  const words = {
    'wasm (threads)': 'WASM, 2 threads',
    'wasm (1 thread)': 'WASM, 1 thread',
    webgl: 'WebGL (SwiftShader)',
    webgpu: 'WebGPU (SwiftShader)',
  };
  const rate = ({ median, min, max }) =>
    `${Math.round(median).toLocaleString('en')} (${Math.round(min).toLocaleString('en')}–${Math.round(max).toLocaleString('en')})`;
  const rows = report.models.map((model) => {
    const cells = setups.map((setup) => rate(report.summary[`${setup} ${model}`].itemsPerSecond));
    const lead = report.ratios[model].wasmOverWebgl;
    return `| ${model} | ${cells.join(' | ')} | ${lead === null ? '' : `${lead.toFixed(1)}x`} |`;
  });
  return [
    `| detector | ${setups.map((s) => words[s] ?? s).join(' | ')} | WASM / WebGL |`,
    `|---|${setups.map(() => '---|').join('')}---|`,
    ...rows,
  ].join('\n');
}

/** bench.mjs's app runs (the built app training `?normal=1&epochs=10`), one row per backend, from one or more files. */
function appTable(...reports) {
  const cell = ({ median, min, max }, unit = '') => `${median}${unit} (${min}–${max})`;
  const rows = reports.flatMap((report) =>
    report.appRuns.map(
      (r) =>
        `| ${r.backend} | ${r.longTasks.runs.join(', ')} | ${cell(r.longTasksWhileStepping)} / ` +
        `${cell(r.longTasksRenderingResults)} | ${cell(r.longestTaskMs, ' ms')} | ${cell(r.worstFrameGapMs, ' ms')} | ` +
        `${r.trainingSeconds.median.toFixed(1)} s |`,
    ),
  );
  return [
    '| backend | long tasks, per run | while the steps run / when the results render | longest task | worst frame gap | training |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** A TEST_RECORD=1 `npm test` record: each stage's time, the whole suite's, and the counts. */
function testSuiteTable(record) {
  const time = (seconds) => (seconds < 120 ? `${Math.round(seconds)} s` : `${(seconds / 60).toFixed(1)} min`);
  const what = {
    unit: `unit (${record.counts.unit.files} files, ${record.counts.unit.tests} tests)`,
    e2e: `e2e (${record.counts.e2e.tests} tests)`,
  };
  const rows = record.stageTimes.map((t) => `| ${what[t.stage.split(' ')[0]] ?? t.stage} | ${time(t.seconds)} |`);
  return [
    '| stage | time |',
    '|---|---|',
    ...rows,
    `| **npm test** | **${time(record.totalSeconds)}**: ${record.passed} passed, ${record.failed} failed, ${record.skipped} skipped |`,
  ].join('\n');
}

const kb = (bytes) => `${Math.round(bytes / 1000).toLocaleString('en')} kB`;

const speedFiles = {
  wasm: 'bench/results/2026-12-07T153726-f8b2cb2-wasm.json',
  cpu: 'bench/results/2026-12-07T153726-f8b2cb2-cpu.json',
  webgl: 'bench/results/2026-12-07T180019-99102b8-webgl.json',
};
const speedApp = 'bench/results/2026-12-07T153726-f8b2cb2-app.json';
const speedAppWebgl = 'bench/results/2026-12-07T180019-99102b8-app.json';
const speedLoad = 'bench/results/2026-12-07T180019-99102b8-load.json';

/** median (min–max, n) of a bench.mjs summary, with a fixed number of decimals. */
const spread = ({ median, min, max, runs }, digits) =>
  `${median.toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)}, n=${runs.length})`;

/** One backend's row of the loop-overhead / engine-gain table. */
const speedRow = (name) => (r) =>
  `| ${name} | ${spread(r.lab, 0)} | ${spread(r.labOnTfjsEngine, 0)} | ${spread(r.plain, 0)} | ` +
  `${spread(r.loopOverhead, 2)} | ${spread(r.engineGain, 2)} | ${spread(r.labOverPlain, 2)} |`;

const defaultRun = 'bench/results/2026-12-07T155640-43bc0e1-dirty-default-run.json';
const seriesRun = 'bench/results/2026-12-07T180642-99102b8-series-wasm-monitor-wasm+webgl.json';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** `median (min–max)` of some values, each with a fixed number of decimals. */
const medianRange = (values, digits) =>
  `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;

/** The default run through the app: backend, digit, AUROC, AUPRC (chance), Train to done (one run each). */
function defaultRunTable(report) {
  const rows = report.rows.map(
    (r) =>
      `| ${r.backend} | ${r.digit} | ${r.auroc.toFixed(4)} | ${r.auprc.toFixed(4)} (${r.auprcChance.toFixed(4)}) | ` +
      `${r.seconds.toFixed(1)} s |`,
  );
  return ['| backend | normal digit | AUROC | AUPRC (chance) | Train to done |', '|---|---|---|---|---|', ...rows].join(
    '\n',
  );
}

/** bench:series on one backend: each model's row AUROC and per kind (seeded: equal every round), rate and time. */
/** The epochs of some runs: one number, or the range where the table sizing gave each split its own. */
const epochsOf = (runs) => {
  const epochs = runs.map((r) => r.epochs);
  const [low, high] = [Math.min(...epochs), Math.max(...epochs)];
  return low === high ? `${low}` : `${low}–${high}`;
};

function seriesTable(report) {
  const kinds = ['spike', 'level_shift', 'frequency', 'noise_burst', 'flatline'];
  // Files before --seeds ran one seed (42); a seed's rounds must agree (the runs are seeded).
  const seeds = report.seeds ?? [undefined];
  const rows = report.models.map((model) => {
    const runs = report.runs.filter((r) => r.model === model);
    const perSeed = seeds.map((seed) => {
      const own = runs.filter((r) => r.seed === seed);
      const auroc = own.map((r) => r.auroc);
      if (Math.max(...auroc) - Math.min(...auroc) > 1e-9) throw new Error(`${model}: AUROC moved between rounds`);
      return own[0];
    });
    const overSeeds = (value) => {
      const values = perSeed.map(value);
      return values.length > 1 ? `${pct(mean(values))} ± ${pct(sd(values))}` : pct(values[0]);
    };
    const rate = runs.map((r) => r.windowsPerSecond);
    const seconds = runs.map((r) => r.totalSeconds);
    return (
      `| ${model} (${epochsOf(runs)} epochs) | ${overSeeds((r) => r.auroc)} | ` +
      kinds.map((k) => overSeeds((r) => r.perKind[k].auroc)).join(' | ') +
      ` | ${medianRange(rate, 0)} | ${medianRange(seconds, 1)} |`
    );
  });
  const header =
    '| model | rows AUROC % | spike | level shift | frequency | noise burst | flat-line | windows/s | run, s |';
  return [header, '|---|---|---|---|---|---|---|---|---|', ...rows].join('\n');
}

/** bench:series's live monitor runs: per backend, rows/s and latency per row, median (min–max), and slow frames per run. */
function monitorTable(report) {
  const words = { wasm: 'WASM', webgl: 'WebGL (SwiftShader)', webgpu: 'WebGPU (SwiftShader)' };
  const rows = report.monitorBackends.map((backend) => {
    const runs = report.monitor.filter((m) => m.backend === backend);
    return (
      `| ${words[backend] ?? backend} | ${medianRange(
        runs.map((m) => m.rowsPerSecond),
        0,
      )} | ${medianRange(
        runs.map((m) => m.latencyMsPerRow),
        1,
      )} ms | ` + `${runs.map((m) => `${m.slowFrames}/${m.frames}`).join(', ')} |`
    );
  });
  return [
    '| backend | rows/s replayed | latency per new row | frames over 33 ms, per run |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** GAN scorers side by side: per GAN and normal class, each scorer's AUROC mean ± sd over the seeds, with PCA. */
function ganScorersTable(...reports) {
  const words = { 'mlp-gan': 'MLP GAN', dcgan: 'DCGAN' };
  const overSeeds = (values) => (values.length > 1 ? `${pct(mean(values))} ± ${pct(sd(values))}` : pct(values[0]));
  const rows = reports.flatMap((report) =>
    report.classes.flatMap((digit) =>
      [...new Set(report.rows.map((r) => r.model))].map((model) => {
        const runs = report.rows.filter((r) => r.model === model && r.digit === digit);
        const scorer = (name) => overSeeds(runs.map((r) => r.scorerAurocs[name]));
        return (
          `| ${words[model] ?? model} | ${digit} | ${scorer('encoder')} | ${scorer('disc')} | ` +
          `${overSeeds(runs.map((r) => r.pcaAuroc))} | ${median(runs.map((r) => r.aeSeconds)).toFixed(0)} s |`
        );
      }),
    ),
  );
  return [
    '| GAN | normal digit | encoder (f-AnoGAN) | discriminator | PCA (k=32) | seconds per run |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

const firstVisit = 'bench/results/2026-12-07T160139-562fc12-first-visit.json';

/** A bench:first-visit file: per backend, split ready, AUROC shown and the time after the split. */
function firstVisitTable(report) {
  const s2 = (x) => `${x.median.toFixed(2)} s (${x.min.toFixed(2)}–${x.max.toFixed(2)})`;
  const rows = report.backends.map((b) => {
    const t = report.summary[b];
    return `| ${b} | ${s2(t.splitReadyS)} | ${s2(t.aurocShownS)} | ${s2(t.afterSplitS)} |`;
  });
  return ['| `backend=` | split ready | AUROC shown | after the split |', '|---|---|---|---|', ...rows].join('\n');
}

const csvPenguins = 'bench/results/2026-12-07T160227-562fc12-csv.json';

/** The Penguins sample through the app's CSV view, one run per species. */
/** A bench:csv file's generated-file loads (each in a fresh page): median (min–max) over the runs. */
function csvLoadTable(report) {
  const loads = report.loads;
  const of = (key, digits = 0) =>
    medianRange(
      loads.map((l) => l[key]),
      digits,
    );
  const { megabytes, rows } = loads[0];
  return [
    '| file | parsed (column table shown) | ready to train | renderer memory added at peak | long tasks, per run | largest frame gap |',
    '|---|---|---|---|---|---|',
    `| ${megabytes} MB, ${rows.toLocaleString('en')} rows | ${of('parsedSeconds', 1)} s | ${of('readySeconds', 1)} s | ` +
      `${of('rendererRssExtraMiB')} MiB | ${loads.map((l) => l.mainThreadLongTasks).join(', ')} | ${of('maxFrameGapMs')} ms |`,
  ].join('\n');
}

/** A rate to three significant figures, with threeFigures separators (137,000; 7,460). */
const threeFigures = (v) => Number(v.toPrecision(3)).toLocaleString('en');

/** bench:score-file (Node, one backend): rows/s median (min–max) and peak memory per detector. */
function scoreFileTable(report) {
  const words = { 'dense-ae': 'dense autoencoder (tfjs)', iforest: 'Isolation Forest (plain JS, 100 trees)' };
  const rows = Object.entries(report.summary).map(([id, d]) => {
    const r = d.rowsPerSecond;
    return (
      `| ${words[id] ?? id} | ${d.rows.toLocaleString('en')} (${Math.round(report.fileBytes / 1e6)} MB) | ` +
      `${threeFigures(r.median)} (${threeFigures(r.min)}–${threeFigures(r.max)}) | ${Math.round(d.peakRssMb.max)} MB |`
    );
  });
  return ['| detector | rows (file) | rows/s | peak resident memory |', '|---|---|---|---|', ...rows].join('\n');
}

/** bench:score-file-app: per backend, rows/s median (min–max), Chromium's peak memory and its growth while scoring. */
function scoreFileAppTable(report) {
  const words = { wasm: 'WASM', webgl: 'WebGL (SwiftShader)', webgpu: 'WebGPU (SwiftShader)' };
  const rows = Object.entries(report.perBackend).map(([backend, d]) => {
    const r = d.rowsPerSecond;
    return (
      `| ${words[backend] ?? backend} | ${threeFigures(r.median)} (${threeFigures(r.min)}–${threeFigures(r.max)}) | ` +
      `${Math.round(d.rssPeakMb.median).toLocaleString('en')} MB | ${Math.round(d.rssGrowthMb.median)} MB |`
    );
  });
  return ['| backend | rows/s | Chromium peak memory | growth while scoring |', '|---|---|---|---|', ...rows].join(
    '\n',
  );
}

/**
 * bench:long-run: a 100,000-step GAN run's statistics replayed through the app's store and views:
 * the frame time in the first and last tenth (median over the runs of each run's median), long tasks
 * per run, and the JS heap's range once past the first tenth.
 */
const longRun = {
  frames(report) {
    const tenth = (i) => median(report.runs.map((r) => r.frameMsByDecile[i].median)).toFixed(1);
    return `${tenth(0)} ms in the first tenth of the run and ${tenth(9)} ms in the last`;
  },
  tasks(report) {
    const tasks = report.runs.map((r) => r.longTasks);
    const seconds = median(report.runs.map((r) => r.seconds)).toFixed(0);
    return `${median(tasks)} long tasks (${Math.min(...tasks)}–${Math.max(...tasks)}) in ${seconds} s`;
  },
  heap(report) {
    const heap = report.runs.flatMap((r) => r.heap.filter((h) => h.step > report.steps / 10).map((h) => h.mb));
    return `between ${Math.round(Math.min(...heap))} and ${Math.round(Math.max(...heap))} MB`;
  },
};

function penguinsTable(report) {
  const rows = report.penguins.map(
    (r) =>
      `| ${r.backend} | ${r.normal} | ${r.auroc.toFixed(4)} | ${r.auprc.toFixed(4)} (${r.auprcChance.toFixed(4)}) | ` +
      `${r.seconds.toFixed(1)} s |`,
  );
  return [
    '| backend | normal species | AUROC | AUPRC (chance) | Train to done |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

const mlpGan = 'bench/results/2026-12-07T160314-bf9203b-quality-mnist-mlp-gan-seeds42+43+44.md';
const mlpGanFashion = 'bench/results/2026-12-07T172923-0265fa6-quality-fashion-mlp-gan-seeds42+43+44.md';

const charts = 'bench/results/2026-12-07T124243-a6d3981-charts.json';
const chartsBefore = 'bench/results/2026-12-07T123536-37eaa43-charts.json';
const firstTask = (r) => `${Math.max(...r.summary['wasm svg'].longestTaskMs.runs)} ms`;

/** bench:charts: main-thread long tasks of the lab's SVG charts and of recharts, training and dragging. */
function chartsTable(report) {
  const cell = ({ median, min, max }) => `${median} (${min}–${max})`;
  const row = (label, kind) =>
    `| ${label} | ` +
    ['wasm', 'webgl']
      .flatMap((b) => [
        report.summary[`${b} ${kind}`].longTasksWhileStepping,
        report.summary[`${b} ${kind}`].dragLongTasks,
      ])
      .map(cell)
      .join(' | ') +
    ' |';
  return [
    '| | WASM, training | WASM, dragging the threshold | WebGL, training | WebGL, dragging |',
    '|---|---|---|---|---|',
    row("SVG (the lab's)", 'svg'),
    row(`recharts ${report.rechartsVersion}`, 'recharts'),
  ].join('\n');
}

/** A sweep's evaluation figure over all its evaluation data: per seed the mean over every cell, then mean ± sd. */
function tuneEvaluationAll(report, sweep, setting) {
  const tried = report.sweeps
    .find((s) => s.name === sweep)
    .evaluation.find((t) => Object.entries(setting).every(([k, v]) => t.setting[k] === v));
  const seeds = [...new Set(tried.cells.map((c) => c.seed))];
  const perSeed = seeds.map((seed) => mean(tried.cells.filter((c) => c.seed === seed).map((c) => c.auroc)));
  return `${pct(mean(perSeed))} ± ${pct(sd(perSeed))}`;
}

const mlpGanSteps = 'bench/results/2026-12-07T163828-d469fc9-gan-mlp-gan-wasm-all.json';
const dcganSteps = 'bench/results/2026-12-07T181309-99102b8-gan-dcgan-wasm-all.json';
const minutes = (seconds) => (seconds / 60).toFixed(1);

/** A bench:gan file's figures: when the grid became recognisable, its best score, and the steps' time. */
const ganStepFigures = (name, file) => ({
  [`gan.${name}.recognisable`]: {
    file,
    text: (r) => `step ${r.recognisable.step.toLocaleString('en')}, ${minutes(r.recognisable.seconds)} min`,
  },
  [`gan.${name}.best`]: { file, text: (r) => `${r.best.score.toFixed(2)} at step ${r.best.step.toLocaleString('en')}` },
  [`gan.${name}.total`]: { file, text: (r) => `${minutes(r.adversarialSeconds)} min` },
});

const labels = 'bench/results/2026-12-07T212607-dfbbb0e-labels-mnist+fashion.md';
/** GEOM and k-means + SVM on the same protocol (bench:labels with --unsupervised=geom --aware=kmeans-svm). */
const labelsSelf = 'bench/results/2026-12-08T001545-eac04bd-labels-fashion+mnist.md';
const labelsTables = 'bench/results/2026-12-08T001345-eac04bd-labels-tables.md';
const activeTop = 'bench/results/2026-12-08T013414-2f20c0b-active-mnist.md';
const labelsTablesGoad = 'bench/results/2026-12-08T010132-eac04bd-labels-tables.md';

/**
 * A bench:labels figure: a detector's AUROC (or its known / unknown part) at a label budget, the mean
 * over the classes per seed, then mean ± sd over the seeds, in %.
 */
export function labelsMean(report, dataset, model, percent, known = 'all', key = 'auroc') {
  const rows = report.rows.filter(
    (r) => r.dataset === dataset && r.model === model && r.percent === percent && r.known === known,
  );
  if (rows.length === 0) throw new Error(`no ${dataset} ${model} rows at ${percent}% (${known})`);
  const seeds = [...new Set(rows.map((r) => r.seed))];
  const perSeed = seeds.map((seed) => mean(rows.filter((r) => r.seed === seed).map((r) => r[key])));
  return `${pct(mean(perSeed))} ± ${pct(sd(perSeed))}`;
}

/** On how many classes a label-aware detector beats every unsupervised one of the same split, at every seed. */
export function labelsWins(report, dataset, model, percent) {
  const at = (c, seed, m) =>
    report.rows.find(
      (r) =>
        r.dataset === dataset &&
        r.digit === c &&
        r.seed === seed &&
        r.model === m &&
        r.percent === percent &&
        r.known === 'all',
    )?.auroc ?? Number.NaN;
  const wins = report.classes.filter((c) =>
    report.seeds.every((seed) => at(c, seed, model) > Math.max(...report.unsupervised.map((u) => at(c, seed, u)))),
  ).length;
  return `${wins} of ${report.classes.length}`;
}

export const figures = {
  'labels.mnist.table': { file: labels, text: (md) => tableOf(md, '## MNIST') },
  'labels.self.mnist.table': { file: labelsSelf, text: (md) => tableOf(md, '## MNIST') },
  'labels.self.fashion.table': { file: labelsSelf, text: (md) => tableOf(md, '## Fashion-MNIST') },
  'labels.self.fashion.geom': { file: json(labelsSelf), text: (r) => labelsMean(r, 'fashion', 'geom', 0) },
  'labels.self.mnist.geom': { file: json(labelsSelf), text: (r) => labelsMean(r, 'mnist', 'geom', 0) },
  'labels.self.mnist.kmeans-svm.5': { file: json(labelsSelf), text: (r) => labelsMean(r, 'mnist', 'kmeans-svm', 5) },
  'labels.tables.goad': {
    file: json(labelsTablesGoad),
    text: (r) => {
      const perSeed = r.seeds.map((seed) =>
        mean(r.rows.filter((x) => x.seed === seed && x.percent === 0).map((x) => x.auroc)),
      );
      return `${pct(mean(perSeed))} ± ${pct(sd(perSeed))}`;
    },
  },
  'active.mnist.table': { file: activeTop, text: (md) => tableOf(md, '## MNIST') },
  'labels.tables.table': {
    file: labelsTables,
    text: (md) => tableOf(md, '# Learning from labels on a table: Penguins, AUROC (%)'),
  },
  'labels.fashion.table': { file: labels, text: (md) => tableOf(md, '## Fashion-MNIST') },
  'labels.mnist.deep-svdd': { file: json(labels), text: (r) => labelsMean(r, 'mnist', 'deep-svdd', 0) },
  'labels.mnist.dense-ae': { file: json(labels), text: (r) => labelsMean(r, 'mnist', 'dense-ae', 0) },
  'labels.mnist.deep-sad.1': { file: json(labels), text: (r) => labelsMean(r, 'mnist', 'deep-sad', 1) },
  'labels.mnist.deep-sad.5': { file: json(labels), text: (r) => labelsMean(r, 'mnist', 'deep-sad', 5) },
  'labels.mnist.deep-sad.wins1': { file: json(labels), text: (r) => labelsWins(r, 'mnist', 'deep-sad', 1) },
  'labels.mnist.deep-sad.wins5': { file: json(labels), text: (r) => labelsWins(r, 'mnist', 'deep-sad', 5) },
  'labels.fashion.deep-sad.wins1': { file: json(labels), text: (r) => labelsWins(r, 'fashion', 'deep-sad', 1) },
  'labels.mnist.classifier.known1': {
    file: json(labels),
    text: (r) => labelsMean(r, 'mnist', 'classifier', 1, 'one', 'aurocKnown'),
  },
  'labels.mnist.classifier.unknown1': {
    file: json(labels),
    text: (r) => labelsMean(r, 'mnist', 'classifier', 1, 'one', 'aurocUnknown'),
  },
  'labels.mnist.deep-sad.unknown1': {
    file: json(labels),
    text: (r) => labelsMean(r, 'mnist', 'deep-sad', 1, 'one', 'aurocUnknown'),
  },
  ...ganStepFigures('mlp', mlpGanSteps),
  ...ganStepFigures('dcgan', dcganSteps),
  'older.gan.mlp.recognisable': {
    file: 'bench/results/2026-11-22-gan-mlp-gan-wasm-all.json',
    text: (r) => `step ${r.recognisable.step.toLocaleString('en')} after ${minutes(r.recognisable.seconds)} minutes`,
  },
  'tune.table.dense-ae.tuning': {
    file: json(tune),
    text: (r) => tuneTuning(r, 'table-detector', { model: 'dense-ae' }),
  },
  'tune.table.ecod.tuning': { file: json(tune), text: (r) => tuneTuning(r, 'table-detector', { model: 'ecod' }) },
  'tune.table.iforest.tuning': { file: json(tune), text: (r) => tuneTuning(r, 'table-detector', { model: 'iforest' }) },
  'tune.table.ecod.eval': { file: json(tune), text: (r) => tuneEvaluationAll(r, 'table-detector', { model: 'ecod' }) },
  'tune.table.dense-ae.eval': {
    file: json(tune),
    text: (r) => tuneEvaluationAll(r, 'table-detector', { model: 'dense-ae' }),
  },
  'pretrained.table': { file: 'public/pretrained/index.json', text: pretrainedTable },
  'test-suite.table': { file: 'bench/results/2026-12-08T020253-76fad9f-test-suite.json', text: testSuiteTable },
  'charts.table': { file: charts, text: chartsTable },
  'charts.first-task': { file: charts, text: firstTask },
  'charts.table.before': { file: chartsBefore, text: chartsTable },
  'charts.first-task.before': { file: chartsBefore, text: firstTask },
  'quality.mnist.mlp-gan.table': { file: mlpGan, text: (md) => tableOf(md, '## MNIST') },
  'quality.fashion.mlp-gan.table': { file: mlpGanFashion, text: (md) => tableOf(md, '## Fashion-MNIST') },
  'quality.fashion.mlp-gan': { file: json(mlpGanFashion), text: (r) => qualityMean(r, 'fashion', 'mlp-gan') },
  'quality.mnist.mlp-gan': { file: json(mlpGan), text: (r) => qualityMean(r, 'mnist', 'mlp-gan') },
  'csv.penguins': { file: csvPenguins, text: penguinsTable },
  'first-visit.table': { file: firstVisit, text: firstVisitTable },
  'default-run.table': { file: defaultRun, text: defaultRunTable },
  'series.wasm': { file: seriesRun, text: seriesTable },
  'speed.wasm.tensors': {
    file: speedFiles.wasm,
    text: (r) => {
      const after = (key) => [...new Set(r.tensors.map((t) => t[key]))];
      if (after('afterRun').length !== 1 || after('afterReset').length !== 1) throw new Error('tensor counts moved');
      return `${after('afterRun')[0]} after each run, ${after('afterReset')[0]} after each Reset`;
    },
  },
  'older.engine.threads': {
    file: 'bench/results/2026-11-24-engine.json',
    text: (r) => `${r.ratios['dense-ae'].threadedOverSingle.toFixed(2)}x`,
  },
  'older.speed.wasm.lab-over-plain': {
    file: 'bench/results/2026-11-24-wasm.json',
    text: (r) => `${r.labOverPlain.median.toFixed(2)}x`,
  },
  'speed.threshold': {
    file: speedFiles.wasm,
    text: (r) => `${(r.threshold.perThresholdMs * 1000).toFixed(2)} µs`,
  },
  'load.bytes': {
    file: speedLoad,
    text: (r) =>
      `${kb(r.load.gzipBytes.js)} of JavaScript, ${kb(r.load.gzipBytes.wasm)} of WASM and ${kb(r.load.gzipBytes.data)} of MNIST`,
  },
  'speed.wasm.share': { file: speedFiles.wasm, text: (r) => spread(r.shareOfPeak, 2) },
  'speed.table': {
    files: [speedFiles.wasm, speedFiles.cpu, speedFiles.webgl],
    text: (wasm, cpu, webgl) =>
      [
        '| backend | lab | lab loop, tfjs kernels | `model.fit` | loop overhead | engine gain | lab / plain |',
        '|---|---|---|---|---|---|---|',
        speedRow('WASM (2 threads)')(wasm),
        speedRow('CPU')(cpu),
        speedRow('WebGL (SwiftShader)')(webgl),
      ].join('\n'),
  },
  'speed.webgl.share': { file: speedFiles.webgl, text: (r) => spread(r.shareOfPeak, 2) },
  'engine.threads': { file: engine, text: threadTable },
  'engine.threads.backends-run': { file: engineBackends, text: threadTable },
  'engine.rates': { file: engineBackends, text: engineTable },
  'score-file.node': { file: 'bench/results/2026-12-07T180300-99102b8-score-file-wasm.json', text: scoreFileTable },
  'score-file.app': { file: 'bench/results/2026-12-07T180529-99102b8-score-file-app.json', text: scoreFileAppTable },
  'series.monitor': { file: seriesRun, text: monitorTable },
  'csv.load': { file: 'bench/results/2026-12-07T191754-defed03-csv.json', text: csvLoadTable },
  'classical.run-all.app': {
    file: 'bench/results/2026-12-07T192022-fdd80cb-run-all.md',
    text: (md) =>
      md
        .split('\n')
        .filter((line) => line.startsWith('|'))
        .join('\n'),
  },
  ...Object.fromEntries(
    Object.entries(longRun).map(([part, text]) => [
      `long-run.${part}`,
      { file: 'bench/results/2026-12-07T190857-1247688-dirty-long-run.json', text },
    ]),
  ),
  'gan.scorers': {
    files: [
      'bench/results/2026-12-07T184542-99102b8-quality-mnist-mlp-gan-seeds42+43+44.json',
      'bench/results/2026-12-07T181918-99102b8-quality-mnist-dcgan-seeds42+43+44.json',
    ],
    text: ganScorersTable,
  },
  ...Object.fromEntries(
    ['dense-ae', 'lstm-ae', 'attention-ae'].map((model) => [
      `older.series.${model}`,
      {
        file: 'bench/results/2026-12-07T155934-43bc0e1-dirty-series-wasm.json',
        text: (r) => pct(r.runs.find((run) => run.model === model).auroc),
      },
    ]),
  ),
  'app.table': { files: [speedApp, speedAppWebgl], text: appTable },
  'classical.mnist': { file: classical, text: (md) => tableOf(md, '## MNIST, evaluation half') },
  'classical.fashion': { file: classical, text: (md) => tableOf(md, '## Fashion-MNIST, evaluation half') },
  'classical.penguins': { file: classical, text: (md) => tableOf(md, '## Penguins (each species normal in turn)') },
  'classical.fixtures': {
    file: classical,
    text: (md) => tableOf(md, "## scikit-learn's fixed splits (fixtures/sklearn)"),
  },
  'classical.vs-sklearn': {
    file: classical,
    text: (md) => tableOf(md, '### Overview: ours − scikit-learn (AUROC points)'),
  },
  'classical.run-all': {
    file: classical,
    text: (md) =>
      md
        .split('\n')
        .find((line) => line.startsWith('Run all classical on MNIST digit 1'))
        .match(/median [^ ]+ s, range [^ ]+ s/)[0],
  },
  'agreement.browser-node.range': {
    files: [wasmSeed42, json(classical)],
    text: (browser, node) => {
      const gaps = browser.rows.map((row) => {
        const other = node.runs.find(
          (r) =>
            r.source === 'lab' &&
            r.detector === 'dense-ae' &&
            r.dataset === 'mnist' &&
            r.seed === 42 &&
            Number(r.class) === row.digit,
        );
        return (row.aeAuroc - other.auroc) * 100;
      });
      return `${points(Math.min(...gaps))} to ${points(Math.max(...gaps))}`;
    },
  },
  'agreement.wasm.mean': { file: wasmSeed42, text: (r) => qualityMean(r, 'mnist', 'dense-ae') },
  'agreement.webgl.mean': { file: webglSeed42, text: (r) => qualityMean(r, 'mnist', 'dense-ae') },
  'agreement.webgpu-wasm.gaps': {
    files: [webgpuSeed42, wasmSeed42],
    text: (webgpu, wasm) => {
      const gaps = classGaps(webgpu, wasm);
      return webgpu.rows.map((row, i) => `${points(gaps[i])} on ${row.digit}`).join(', ');
    },
  },
  'agreement.webgl-wasm.range': {
    files: [webglSeed42, wasmSeed42],
    text: (webgl, wasm) => {
      const gaps = classGaps(webgl, wasm);
      return `${points(Math.min(...gaps))} to ${points(Math.max(...gaps))}`;
    },
  },
  'tune.knn.tuning.plain': {
    file: json(tune),
    text: (r) => tuneTuning(r, 'knn-view', { blur: 0, metric: 'euclidean' }),
  },
  'tune.knn.tuning.view': { file: json(tune), text: (r) => tuneTuning(r, 'knn-view', { blur: 1, metric: 'cosine' }) },
  'tune.knn-view': { file: tune, text: (md) => section(md, '## knn-view') },
  'tune.dense-ae-epochs': { file: tune, text: (md) => section(md, '## dense-ae-epochs') },
  'tune.table-detector': { file: tune, text: (md) => section(md, '## table-detector') },
  'tune.rowscore': { file: tuneSeries, text: (md) => section(md, '## rowscore') },
  'tune.lstm-ae-epochs': { file: tuneSeries, text: (md) => section(md, '## lstm-ae-epochs') },
  'tune.knn.mnist': {
    file: json(tune),
    text: (r) => tuneEvaluation(r, 'knn-view', { blur: 1, metric: 'cosine' }, 'mnist-evaluation'),
  },
  'tune.knn.fashion': {
    file: json(tune),
    text: (r) => tuneEvaluation(r, 'knn-view', { blur: 1, metric: 'cosine' }, 'fashion-evaluation'),
  },
  'tune.dense-ae.100.mnist': {
    file: json(tune),
    text: (r) => tuneEvaluation(r, 'dense-ae-epochs', { epochs: 100 }, 'mnist-evaluation'),
  },
  'tune.dense-ae.50.mnist': {
    file: json(tune),
    text: (r) => tuneEvaluation(r, 'dense-ae-epochs', { epochs: 50 }, 'mnist-evaluation'),
  },
  'tune.dense-ae.100.fashion': {
    file: json(tune),
    text: (r) => tuneEvaluation(r, 'dense-ae-epochs', { epochs: 100 }, 'fashion-evaluation'),
  },
  'tune.dense-ae.50.fashion': {
    file: json(tune),
    text: (r) => tuneEvaluation(r, 'dense-ae-epochs', { epochs: 50 }, 'fashion-evaluation'),
  },
  'quality.mnist.vae+conv': { file: conv, text: (md) => tableOf(md, '## MNIST') },
  'quality.fashion.vae+conv': { file: conv, text: (md) => tableOf(md, '## Fashion-MNIST') },
  'quality.mnist.conv-vae': { file: convJson, text: (r) => qualityMean(r, 'mnist', 'conv-vae') },
  'quality.fashion.conv-vae': { file: convJson, text: (r) => qualityMean(r, 'fashion', 'conv-vae') },
  'quality.mnist.vae': { file: convJson, text: (r) => qualityMean(r, 'mnist', 'vae') },
  'quality.fashion.vae': { file: convJson, text: (r) => qualityMean(r, 'fashion', 'vae') },
  'quality.mnist.conv-ae': { file: convJson, text: (r) => qualityMean(r, 'mnist', 'conv-ae') },
  'quality.fashion.conv-ae': { file: convJson, text: (r) => qualityMean(r, 'fashion', 'conv-ae') },
  'older.mnist.vae': olderFigure(older.partial, 'mnist', 'vae'),
  'older.fashion.vae': olderFigure(older.partial, 'fashion', 'vae'),
  'older.mnist.conv-ae': olderFigure(older.partial, 'mnist', 'conv-ae'),
  'older.fashion.conv-ae': olderFigure(older.fashionConv, 'fashion', 'conv-ae'),
  'older.mnist.conv-vae': olderFigure(older.mnistConvVae, 'mnist', 'conv-vae'),
  'older.fashion.conv-vae': olderFigure(older.fashionConv, 'fashion', 'conv-vae'),
  'older.mnist.conv-vae.0': olderFigure(older.mnistConvVae, 'mnist', 'conv-vae', 0),
  'older.mnist.conv-vae.2': olderFigure(older.mnistConvVae, 'mnist', 'conv-vae', 2),
  'older.mnist.mlp-gan': olderFigure(older.mnistMlpGan, 'mnist', 'mlp-gan'),
  'older.fashion.mlp-gan': olderFigure(older.fashionMlpGan, 'fashion', 'mlp-gan'),
  'older.mnist.dcgan': olderFigure(older.mnistDcgan, 'mnist', 'dcgan'),
  'older.fashion.dcgan': olderFigure(older.fashionDcgan, 'fashion', 'dcgan'),
  'quality.mnist.conv-vae.whole-pool.0': { file: convWholePool, text: (r) => cell(r, 'conv-vae', 0) },
  'quality.mnist.conv-vae.whole-pool.2': { file: convWholePool, text: (r) => cell(r, 'conv-vae', 2) },
};
