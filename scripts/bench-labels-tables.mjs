// `npm run bench:labels-tables`: learning from labels on the Penguins sample (each species normal in
// turn, seeds 42, 43, 44), every detector at 0, 1% and 5% labelled anomalies, through the lab's session
// on WASM in Node (bench/node-labels.ts). Writes a new results file per run:
// bench/results/<date>T<time>-<commit>-labels-tables.json and .md (mean over species per seed, then
// mean ± sd over the seeds). Options pass through: --seeds= --percents= --models=
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineRecord, writeResults } from './results-file.mjs';

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
const viteArgs = ['vite', 'build', '--config', 'bench/vite.script.config.ts', '--logLevel', 'error'];
if (!run('npx', viteArgs, { BENCH_SCRIPT: 'node-labels' })) process.exit(1);
const out = join(mkdtempSync(join(tmpdir(), 'labels-')), 'labels.json');
if (!run(process.execPath, ['bench/node-labels-dist/node-labels.js', `--out=${out}`, ...process.argv.slice(2)]))
  process.exit(1);
const report = JSON.parse(readFileSync(out, 'utf8'));

const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
const sd = (v) => (v.length < 2 ? 0 : Math.sqrt(v.reduce((a, x) => a + (x - mean(v)) ** 2, 0) / (v.length - 1)));
const pct = (v) => (Math.round(v * 1000) / 10).toFixed(1);
const cell = (model, percent) => {
  const mine = report.rows.filter((r) => r.model === model && r.percent === percent);
  if (mine.some((r) => r.refused)) return 'refuses';
  const perSeed = report.seeds.map((seed) => mean(mine.filter((r) => r.seed === seed).map((r) => r.auroc)));
  return `${pct(mean(perSeed))} ± ${pct(sd(perSeed))}`;
};
const lines = ['# Learning from labels on a table: Penguins, AUROC (%)', ''];
lines.push(
  `Measured on ${report.machine}, tfjs ${report.backend} in Node; each species normal in turn (${report.species.join(', ')}); ` +
    `seeds ${report.seeds.join(', ')} (mean over the species per seed, then mean ± sd over the seeds); every detector ` +
    'with its own defaults, networks sized for the table as the lab sizes them; labelled anomalies as a share of the ' +
    'training rows, never tested.',
  '',
  `| labels | ${report.models.join(' | ')} |`,
  `|${['', ...report.models].map(() => '---').join('|')}|`,
);
for (const percent of [0, ...report.percents]) {
  const n = [...new Set(report.rows.filter((r) => r.percent === percent).map((r) => r.labelled))].join(' or ');
  lines.push(
    `| ${percent ? `${percent}% (${n})` : 'none'} | ${report.models.map((m) => cell(m, percent)).join(' | ')} |`,
  );
}
lines.push('');
writeResults('labels-tables', { ...report, machine: machineRecord() }, lines.join('\n'));
console.log(lines.join('\n'));
