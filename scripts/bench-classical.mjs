// `npm run bench:classical`: the classical detectors beside the deep ones and scikit-learn.
// 1. bench/node-classical.ts (bundled by vite) runs every classical detector through the lab's
//    session on WASM in Node: MNIST each digit, Penguins, wine and digits; Run all classical x3.
// 2. scripts/sklearn-baselines.py scores scikit-learn's IsolationForest, PCA and OneClassSVM on the
//    same splits, where python3 has scikit-learn (Debian: python3-sklearn); else that column is empty.
// 3. This script writes one new results file (scripts/results-file.mjs) for the run,
//    bench/results/<date>T<time>-<commit>-classical.json (the lab's figures, and scikit-learn's in
//    `sklearn`) and .md, the table with the deep detectors' AUROC from the newest bench:quality
//    results beside them (that file named in both).
// Steps 1 and 2 pass their data through a temporary folder named here, so each reads its own run's.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineRecord, writeResults } from './results-file.mjs';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
};
if (!run('npx', ['vite', 'build', '--config', 'bench/vite.script.config.ts', '--logLevel', 'error'])) process.exit(1);
const work = mkdtempSync(join(tmpdir(), 'bench-classical-'));
const lab = join(work, 'classical.json');
const splits = join(work, 'splits.json');
const sklearnFile = join(work, 'sklearn.json');
const args = process.argv.slice(2);
if (!run(process.execPath, ['bench/node-classical-dist/node-classical.js', `--out=${work}`, ...args])) process.exit(1);
const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import sklearn']).status === 0);
if (python) run(python, ['scripts/sklearn-baselines.py', splits, sklearnFile]);
else console.log('(python3 with scikit-learn not found: apt-get install -y python3-sklearn for the baseline column)');

const ours = JSON.parse(readFileSync(lab, 'utf8'));
const sklearn = existsSync(sklearnFile) ? JSON.parse(readFileSync(sklearnFile, 'utf8')) : {};
rmSync(work, { recursive: true, force: true });
// The deep detectors' per-digit AUROC: the newest bench:quality result that has them (an earlier
// run's figures, not this one's; the file used is named in the results). Names start with the
// date (and time), so they sort oldest first.
const quality = readdirSync('bench/results')
  .filter((f) => /quality.*\.json$/.test(f))
  .sort()
  .reverse()
  .map((f) => ({ file: `bench/results/${f}`, ...JSON.parse(readFileSync(`bench/results/${f}`, 'utf8')) }));
const deepSources = new Set();
const deep = (model, digit) => {
  for (const q of quality) {
    const keyed = q[`mnist|${model}|${digit}`];
    const row = q.rows?.find((r) => r.dataset === 'mnist' && r.model === model && r.digit === digit);
    if (keyed || row) deepSources.add(q.file);
    if (keyed) return keyed.auroc;
    if (row) return row.aeAuroc * 100;
  }
  return Number.NaN;
};
const machine = machineRecord();

const pct = (v) => (Number.isFinite(v) ? (v * 100).toFixed(1) : '—');
const ids = ours.detectors;
const lines = [`# Classical and deep detectors, one-class AUROC (%) ${ours.date}`, ''];
lines.push(
  `Measured on ${machine.cores} x ${machine.cpu}, ${machine.memoryGiB} GiB, tfjs ${ours.backend} backend in Node, ` +
    'each detector with its own defaults, seed 42. ' +
    'scikit-learn columns: IsolationForest (100 trees, random_state 0), PCA (32 components), OneClassSVM (RBF, ' +
    "gamma 'scale', nu 0.5) on the same training and test rows.",
  '',
);
const header = [
  'data',
  ...ids,
  'ensemble',
  'dense AE',
  'sklearn IF',
  'sklearn PCA',
  'sklearn OCSVM',
  'best ours ≥ best sklearn',
];
lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
const row = (name, result, deepAuroc, baseline) => {
  const aurocs = Object.fromEntries(result.rows.map((r) => [r.id, r.auroc]));
  const bestOurs = Math.max(...Object.values(aurocs), result.ensemble, deepAuroc / 100 || 0);
  const bestSklearn = baseline ? Math.max(baseline.iforest, baseline.pca, baseline.ocsvm) : Number.NaN;
  const verdict = Number.isFinite(bestSklearn) ? (bestOurs >= bestSklearn - 1e-9 ? 'yes' : 'no') : '—';
  lines.push(
    `| ${[
      name,
      ...ids.map((id) => pct(aurocs[id])),
      pct(result.ensemble),
      Number.isFinite(deepAuroc) ? deepAuroc.toFixed(1) : '—',
      pct(baseline?.iforest),
      pct(baseline?.pca),
      pct(baseline?.ocsvm),
      verdict,
    ].join(' | ')} |`,
  );
};
for (const r of ours.mnist) row(`MNIST ${r.digit}`, r, deep('dense-ae', r.digit), sklearn[`mnist-${r.digit}`]);
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
const meanRows = ids.map((id) => mean(ours.mnist.map((r) => r.rows.find((x) => x.id === id).auroc)));
lines.push(
  `| **MNIST mean** | ${meanRows.map(pct).join(' | ')} | ${pct(mean(ours.mnist.map((r) => r.ensemble)))} | ` +
    `${mean(ours.mnist.map((r) => deep('dense-ae', r.digit))).toFixed(1)} | ${['iforest', 'pca', 'ocsvm']
      .map((k) => (sklearn['mnist-0'] ? pct(mean(ours.mnist.map((r) => sklearn[`mnist-${r.digit}`][k]))) : '—'))
      .join(' | ')} | |`,
);
// Tables: the dense autoencoder trained in the same run, sized for the table as the lab sizes it.
const ae = (result) => (result.denseAe ? result.denseAe.auroc * 100 : Number.NaN);
row('Penguins (Adelie)', ours.penguins, ae(ours.penguins), sklearn.penguins);
row('wine (class 0)', ours.wine, ae(ours.wine), ours.wine.sklearn);
row('digits (8)', ours.digits, ae(ours.digits), ours.digits.sklearn);
const t = ours.runAllDigit1;
lines.push(
  '',
  `Fit time per detector, MNIST digit 1 (ms): ${ours.mnist[1].rows.map((r) => `${r.id} ${Math.round(r.fitMs)}`).join(', ')}.`,
  `Run all classical on MNIST digit 1 (fit and score all ${ids.length}, 10,000 digits): median ` +
    `${(t.medianMs / 1000).toFixed(1)} s, range ${(t.minMs / 1000).toFixed(1)}-${(t.maxMs / 1000).toFixed(1)} s over 3 runs.`,
  `Dense AE column on MNIST from ${[...deepSources].join(', ') || 'no bench:quality result'}.`,
  '',
);
writeResults('classical', { ...ours, machine, sklearn, deepAurocFrom: [...deepSources] }, lines.join('\n'));
console.log(`\n${lines.join('\n')}`);
