// The markdown of a `npm run bench:classical` results file, from its runs (scripts/bench-classical.mjs):
// per data set, each detector's AUROC per class and the mean over classes; then each of our detectors
// beside scikit-learn's same algorithm on the same rows. Every cell is mean ± sd over the seeds.

/** What still differs between each of our detectors and its scikit-learn counterpart, settings aside. */
export const remainingDifferences = {
  iforest:
    'none in the algorithm (a random feature among those that still vary at the node, a uniform threshold, ' +
    'height limit ceil(log2 256), c(n) for the rows left in a leaf); the random streams differ (ours is seeded ' +
    'from the seed, scikit-learn from random_state = the seed), so single runs differ by seed noise.',
  pca:
    'tables: none in the fit (both exact, float64), but where the components kept (32, capped at features − 1) ' +
    'leave only directions the training rows do not vary in, the residual is round-off or a 0/1 flag (Penguins: ' +
    'the one-hot island columns; residuals near 1e-30 with Adelie normal), and the two libraries rank that ' +
    'round-off differently: a gap there says nothing about either. Images (784 features, over the 256 our ' +
    'float64 path takes): ours finds the top-32 subspace by seeded orthogonal iteration in float32 on the tfjs ' +
    'backend, scikit-learn by an exact SVD in float64.',
  ocsvm:
    "same dual, gamma 'scale' computed the same way, tol 1e-3; libsvm's shrinking heuristic stops at a " +
    'slightly different point within the tolerance. Ours samples 2,000 training rows above that many (the ' +
    'script does the same, seeded differently); no split here is that large.',
  lof:
    'none in the algorithm (novelty mode, Euclidean, k = 20); which of two equally near rows is a neighbour ' +
    'can differ.',
  knn:
    'none in the algorithm; on images both compare the same view (Gaussian blur σ 1 with zero padding, then ' +
    'cosine distance), ours blurring in float32 tfjs, scikit-learn in float64 scipy; ties can order differently.',
  kmeans:
    'the start: both plain k-means++ (scikit-learn called with n_local_trials=1; its KMeans default is greedy ' +
    'k-means++ with 2 + ln k candidates per centre, and n_init > 1), from different random streams. A cluster ' +
    'left empty keeps its centroid in ours; scikit-learn moves it to a far row.',
  mahalanobis:
    'none (Ledoit-Wolf shrinkage as scikit-learn computes it); on images ours whitens in float32 on the tfjs backend.',
};

const groups = [
  { title: 'MNIST, evaluation half', datasets: ['mnist'] },
  { title: 'Fashion-MNIST, evaluation half', datasets: ['fashion'] },
  { title: 'Penguins (each species normal in turn)', datasets: ['penguins'] },
  { title: "scikit-learn's fixed splits (fixtures/sklearn)", datasets: ['wine', 'digits'] },
];
const dataNames = { mnist: 'MNIST', fashion: 'Fashion-MNIST', penguins: 'Penguins', wine: 'wine', digits: 'digits' };
// The image sets' class names come with the run (the source registry's), not from a copy here.
const classLabel = (ours, dataset, cls) =>
  ours.classNames?.[dataset]
    ? `${cls} ${ours.classNames[dataset][Number(cls)]}`
    : dataset === 'wine' || dataset === 'digits'
      ? `${dataset} (class ${cls})`
      : cls;

const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
/** Sample standard deviation (n - 1); NaN for fewer than two values. */
const sd = (values) =>
  values.length < 2
    ? Number.NaN
    : Math.sqrt(values.reduce((s, v) => s + (v - mean(values)) ** 2, 0) / (values.length - 1));
/** AUROCs (0-1) as percent, mean ± sd; a single value alone. */
const cell = (values, signed = false) => {
  if (!values.length || values.some((v) => !Number.isFinite(v))) return '—';
  // A difference that rounds to nothing reads 0.0, without a sign.
  const m = (mean(values) * 100).toFixed(1).replace(/^-(0\.0)$/, '$1');
  const text = signed && Number(m) > 0 ? `+${m}` : m;
  return values.length < 2 ? text : `${text} ± ${(sd(values) * 100).toFixed(1)}`;
};
const unique = (values) => [...new Set(values)];
const row = (cells) => `| ${cells.join(' | ')} |`;
const header = (cells) => [row(cells), `|${cells.map(() => '---').join('|')}|`];

/** Runs of one detector on one data set: AUROC per seed averaged over the classes given (all by default). */
function perSeed(runs, detector, dataset, seeds, cls) {
  return seeds.map((seed) =>
    mean(
      runs
        .filter((r) => r.detector === detector && r.dataset === dataset && r.seed === seed)
        .filter((r) => cls === undefined || r.class === cls)
        .map((r) => r.auroc),
    ),
  );
}

/** The per-class tables of our detectors, the rank ensemble and the dense autoencoder. */
function ourTables(ours, lines) {
  const columns = [...ours.detectors, 'ensemble', 'dense-ae'];
  for (const group of groups) {
    const present = group.datasets.filter((d) => ours.runs.some((r) => r.dataset === d));
    if (!present.length) continue;
    lines.push(
      `## ${group.title}`,
      '',
      ...header(['normal class', ...columns.map((c) => (c === 'dense-ae' ? 'dense AE' : c))]),
    );
    for (const dataset of present) {
      const aurocs = (c, cls) => cell(perSeed(ours.runs, c, dataset, ours.seeds, cls));
      const classes = unique(ours.runs.filter((r) => r.dataset === dataset).map((r) => r.class));
      for (const cls of classes) {
        lines.push(row([classLabel(ours, dataset, cls), ...columns.map((c) => aurocs(c, cls))]));
      }
      if (classes.length > 1) {
        lines.push(row(['**mean**', ...columns.map((c) => `**${aurocs(c)}**`)]));
      }
    }
    lines.push('');
  }
}

/** Ours beside scikit-learn's same algorithm: an overview of the differences, then one table per algorithm. */
function parityTables(ours, sklearn, lines) {
  const datasets = unique(ours.runs.map((r) => r.dataset));
  const pairs = Object.keys(sklearn.settings);
  const gap = (detector, dataset, cls) => {
    const a = perSeed(ours.runs, detector, dataset, ours.seeds, cls);
    const b = perSeed(sklearn.runs, detector, dataset, ours.seeds, cls);
    return a.map((v, i) => v - b[i]);
  };
  lines.push(
    '## Ours vs scikit-learn, like for like',
    '',
    "Each of our detectors beside scikit-learn's same algorithm with the same settings (our defaults, read " +
      "from the lab's specs by the run), fitted on exactly the same training rows and scored on the same test " +
      'rows; random_state = the seed. Difference: ours − scikit-learn per seed (AUROC points), then mean ± sd. ' +
      'Largest class gap: the class whose mean difference is furthest from 0.',
    '',
    '### Overview: ours − scikit-learn (AUROC points)',
    '',
    ...header(['detector', ...datasets.map((d) => dataNames[d] ?? d)]),
    ...pairs.map((p) => row([p, ...datasets.map((d) => cell(gap(p, d), true))])),
    '',
  );
  for (const detector of pairs) {
    lines.push(
      `### ${detector} vs ${sklearn.settings[detector].split('(')[0]}`,
      '',
      `scikit-learn ${sklearn.version}: \`${sklearn.settings[detector]}\`.`,
      `Remaining differences: ${remainingDifferences[detector] ?? 'not yet described.'}`,
      '',
      ...header(['data', 'ours', 'scikit-learn', 'ours − sklearn', 'largest class gap', 'fit ms, ours / sklearn']),
    );
    for (const dataset of datasets) {
      const classes = unique(ours.runs.filter((r) => r.dataset === dataset).map((r) => r.class));
      const byClass = classes.map((c) => ({ c, d: mean(gap(detector, dataset, c)) }));
      const worst = byClass.reduce((a, b) => (Math.abs(b.d) > Math.abs(a.d) ? b : a));
      const fitMs = (runs) =>
        mean(runs.filter((r) => r.detector === detector && r.dataset === dataset).map((r) => r.fitMs));
      const ms = (v) => (v < 10 ? v.toFixed(1) : String(Math.round(v)));
      lines.push(
        row([
          dataNames[dataset] ?? dataset,
          cell(perSeed(ours.runs, detector, dataset, ours.seeds)),
          cell(perSeed(sklearn.runs, detector, dataset, ours.seeds)),
          cell(gap(detector, dataset), true),
          classes.length > 1 ? `${cell([worst.d], true)} (${classLabel(ours, dataset, worst.c)})` : '—',
          `${ms(fitMs(ours.runs))} / ${ms(fitMs(sklearn.runs))}`,
        ]),
      );
    }
    lines.push('');
  }
  const without = [...ours.detectors.filter((d) => !pairs.includes(d)), 'ensemble', 'dense-ae'];
  lines.push(
    `No scikit-learn counterpart: ${without.join(', ')} (HBOS, ECOD and COPOD are PyOD's; z-score and IQR are ` +
      'per-feature rules with no scikit-learn estimator).',
    '',
  );
}

/** The whole markdown: settings, per-data-set tables, the like-for-like comparison, the timings. */
export function classicalMarkdown(ours, sklearn, machine) {
  const lines = [`# Classical detectors, one-class AUROC (%), ${ours.date}`, ''];
  lines.push(
    `Measured on ${machine.cores} x ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, tfjs ` +
      `${ours.backend} backend, each detector with its own defaults. Seeds ${ours.seeds.join(', ')} ` +
      `(n = ${ours.seeds.length}); every cell is mean ± sd over the seeds (sample sd, n − 1). MNIST and ` +
      'Fashion-MNIST: the evaluation half of the bundled pool (src/core/data/poolHalves.ts; settings are chosen ' +
      'on the tuning half), each class normal in turn, the seed drawing the split and initialising the models. ' +
      'Penguins: each species normal in turn, split by the seed. wine and digits: fixed splits, only model ' +
      'randomness follows the seed. Dense AE: trained in this run on the same rows (lab defaults; on tables ' +
      'sized as the lab sizes them). Mean row: the mean over classes for each seed, then mean ± sd over seeds.',
    '',
  );
  ourTables(ours, lines);
  if (sklearn) parityTables(ours, sklearn, lines);
  else lines.push('(python3 with scikit-learn not found: apt-get install -y python3-sklearn for the comparison.)', '');
  const t = ours.runAllDigit1;
  if (t) {
    const there = ours.runs.filter((r) => r.dataset === 'mnist' && r.class === '1' && r.seed === t.seed);
    // The ensemble's fit is its members' (left out); the dense AE's is its training.
    const fits = there.filter((r) => r.detector !== 'ensemble');
    const s = (ms) => (ms / 1000).toFixed(1);
    const tested = t.rows.testNormal + t.rows.testAnomalous;
    lines.push(
      `Run all classical on MNIST digit 1, evaluation half, seed ${t.seed} (fit and score all ` +
        `${ours.detectors.length} detectors; ${t.rows.train} training and ${tested} ` +
        `test digits): median ${s(t.medianMs)} s, range ${s(t.minMs)}-${s(t.maxMs)} s over ${t.runs.length} runs.`,
      `Fit time per detector there (ms): ${fits.map((r) => `${r.detector} ${Math.round(r.fitMs)}`).join(', ')}.`,
      '',
    );
  }
  return lines.join('\n');
}
