// `npm run bench:classical`: the classical detectors, their rank ensemble and the dense autoencoder,
// beside scikit-learn's same algorithms on the same rows, over several seeds.
// 1. bench/node-classical.ts (bundled by vite) runs our detectors through the lab's session on WASM
//    in Node: MNIST and Fashion-MNIST (evaluation half, each class normal), Penguins (each species
//    normal), scikit-learn's wine and digits splits, every seed; then Run all classical x3.
// 2. scripts/sklearn-baselines.py runs scikit-learn's counterpart of each detector it has one for,
//    with our detector's settings, on exactly those rows, where python3 has scikit-learn (Debian:
//    python3-sklearn); else the comparison is left out and the file says so.
// 3. This script writes one new results file (scripts/results-file.mjs) for the run,
//    bench/results/<date>T<time>-<commit>-classical.json (every run, ours and scikit-learn's) and .md
//    (scripts/classical-report.mjs: the tables).
// Steps 1 and 2 pass their data through a temporary folder named here, so each reads its own run's.
// Options (passed to step 1): --seeds=42,43,44 --datasets=mnist,fashion,penguins,wine,digits
//   --classes=0,...,9 (image classes) --backend=wasm
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classicalMarkdown, remainingDifferences } from './classical-report.mjs';
import { machineRecord, writeResults } from './results-file.mjs';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;
if (!run('npx', ['vite', 'build', '--config', 'bench/vite.script.config.ts', '--logLevel', 'error'])) process.exit(1);
const work = mkdtempSync(join(tmpdir(), 'bench-classical-'));
const sklearnFile = join(work, 'sklearn.json');
const args = process.argv.slice(2);
if (!run(process.execPath, ['bench/node-classical-dist/node-classical.js', `--out=${work}`, ...args])) process.exit(1);
const python = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import sklearn, scipy']).status === 0);
if (python) run(python, ['scripts/sklearn-baselines.py', join(work, 'splits.json'), sklearnFile]);
else console.log('(python3 with scikit-learn and scipy not found: apt-get install -y python3-sklearn)');

const ours = JSON.parse(readFileSync(join(work, 'classical.json'), 'utf8'));
const sklearn = existsSync(sklearnFile) ? JSON.parse(readFileSync(sklearnFile, 'utf8')) : null;
rmSync(work, { recursive: true, force: true });
const machine = machineRecord();
const markdown = classicalMarkdown(ours, sklearn, machine);
const { runs, ...settings } = ours;
writeResults(
  'classical',
  {
    ...settings,
    machine,
    sklearn: sklearn && {
      version: sklearn.version,
      settings: sklearn.settings,
      remainingDifferences: Object.fromEntries(Object.keys(sklearn.settings).map((d) => [d, remainingDifferences[d]])),
    },
    // Every run, ours and scikit-learn's: detector, data set, class, seed, AUROC (0-1), fit ms.
    runs: [
      ...runs.map((r) => ({ source: 'lab', ...r })),
      ...(sklearn?.runs ?? []).map((r) => ({ source: 'scikit-learn', ...r })),
    ],
  },
  markdown,
);
console.log(`\n${markdown}`);
