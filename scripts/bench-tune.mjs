// `npm run bench:tune`: the sweeps that choose the lab's shipped defaults, on tuning data no reported
// figure scores, and what each choice gives on the evaluation data (bench/node-tune.ts says which
// data is which). Every configuration tried is written, with its score per class and seed, to a new
// results file: bench/results/<date>T<time>-<commit>-tune-<sweeps>.json (and a summary .md).
// Options (passed through): --sweeps=knn-view,dense-ae-epochs,table-detector,rowscore,lstm-ae-epochs
//   --tune-seeds=42 --eval-seeds=42,43,44 --classes=0,...,9 --tuning-series=1,2,3 (their generator seeds)
//   --series-tune-seeds=42,43,44 --lstm-epochs=15,25,40,60
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineRecord, writeResults } from './results-file.mjs';

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
const viteArgs = ['vite', 'build', '--config', 'bench/vite.script.config.ts', '--logLevel', 'error'];
if (!run('npx', viteArgs, { BENCH_SCRIPT: 'node-tune' })) process.exit(1);
const out = join(mkdtempSync(join(tmpdir(), 'tune-')), 'tune.json');
if (!run(process.execPath, ['bench/node-tune-dist/node-tune.js', `--out=${out}`, ...process.argv.slice(2)]))
  process.exit(1);
const report = JSON.parse(readFileSync(out, 'utf8'));

const pct = (v) => (v * 100).toFixed(1);
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
// Over the seeds: the mean over every other cell (classes, datasets, tables) per seed, then mean ± sample sd.
const overSeeds = (cells) => {
  const seeds = [...new Set(cells.map((c) => c.seed))];
  const means = seeds.map((s) => mean(cells.filter((c) => c.seed === s).map((c) => c.auroc)));
  const m = mean(means);
  const sd = means.length > 1 ? Math.sqrt(means.reduce((a, v) => a + (v - m) ** 2, 0) / (means.length - 1)) : 0;
  return means.length > 1 ? `${pct(m)} ± ${pct(sd)}` : pct(m);
};
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const lines = [`# Tuning sweeps ${new Date().toISOString().slice(0, 10)}`, ''];
lines.push(
  `${report.machine}; ${report.engine}. Tuning seeds ${report.tuneSeeds.join(', ')}; evaluation seeds ` +
    `${report.evalSeeds.join(', ')} (mean ± sd over seeds of the mean over classes and datasets).`,
  '',
);
if (report.sweeps.some((s) => ['rowscore', 'lstm-ae-epochs'].includes(s.name))) {
  lines.push(
    `Sequence sweeps (bench/tuneSeries.ts): AUROC over test rows as the view scores them, the mean over models ` +
      `and series; tuning on ${report.series.tuning.join(', ')} with seeds ${report.series.seeds.join(', ')}, ` +
      'evaluation on public/samples/synthetic-series.csv with the evaluation seeds.',
    '',
  );
}
for (const sweep of report.sweeps) {
  lines.push(`## ${sweep.name}`, '', '| setting | tuning AUROC | runs |', '|---|---|---|');
  for (const tried of sweep.tuning) {
    const marks = [
      same(tried.setting, sweep.chosen) ? 'chosen' : '',
      same(tried.setting, sweep.shipped) ? 'shipped before' : '',
    ].filter(Boolean);
    const label = `${JSON.stringify(tried.setting)}${marks.length ? ` (${marks.join(', ')})` : ''}`;
    lines.push(`| ${label} | ${overSeeds(tried.cells)} | ${tried.cells.length} |`);
  }
  lines.push('', '| on the evaluation data | AUROC | runs |', '|---|---|---|');
  for (const tried of sweep.evaluation) {
    lines.push(`| ${JSON.stringify(tried.setting)} | ${overSeeds(tried.cells)} | ${tried.cells.length} |`);
  }
  lines.push('');
}
const kind = `tune-${report.sweeps.map((s) => s.name).join('+')}`;
writeResults(kind, { ...report, machineLine: report.machine, machine: machineRecord() }, lines.join('\n'));
console.log(lines.join('\n'));
