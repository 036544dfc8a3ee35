/**
 * `npm run bench:score-file`: scoring a large CSV with a trained model, without retraining, the
 * way the CSV view's "Score a new file" does it (src/worker/tableHost.ts in Node): the file is a
 * disk-backed Blob read a slice at a time. A generated file (Penguins-like rows with jitter, default
 * 1 GB; --mb=N for another size) is scored by an Isolation Forest (plain-JS scoring) and the dense
 * autoencoder (tfjs), each 3 times, interleaved. Reported: rows/s (median, range) and the process's
 * peak resident memory during scoring. Writes a new bench/results/<date>T<time>-<commit>-score-file-
 * <backend>.json (scripts/results-file.mjs). Usage: node bench/node-score-file-dist/node-score-file.js
 * [--backend=wasm|cpu] [--mb=1024]
 */
import { openAsBlob, mkdirSync } from 'node:fs';
// @ts-expect-error a plain ES module shared with the browser benchmark (scripts/bench-score-file-app.mjs)
import { generatePenguinRows } from '../scripts/penguin-rows.mjs';
// @ts-expect-error a plain ES module shared with the scripts that run benchmarks in the browser
import { machineRecord, writeResults } from '../scripts/results-file.mjs';
import { nodeTensorflow } from './nodeBackend';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const backendChoice = arg('backend', 'wasm');
const megabytes = Number(arg('mb', '1024'));

async function main() {
  const tf = await nodeTensorflow(backendChoice);
  const { defaultConfig } = await import('../src/core/config');
  const { LabSession } = await import('../src/core/lab/session');
  const { TableHost } = await import('../src/worker/tableHost');
  const { tableRunConfig } = await import('../src/core/lab/tableSizing');
  const { median } = await import('./median');

  const sample = (await import('node:fs')).readFileSync('public/samples/penguins.csv', 'utf8').trim().split('\n');
  mkdirSync('bench/tmp', { recursive: true });
  const path = `bench/tmp/score-file-${megabytes}mb.csv`;
  const generated: number = await generatePenguinRows(path, megabytes * 2 ** 20, sample[0], sample.slice(1));
  const big = await openAsBlob(path);
  console.log(
    `file ${path}: ${(big.size / 2 ** 20).toFixed(0)} MB${generated > 0 ? `, ${generated} rows written` : ''}`,
  );

  const session = new LabSession();
  const tables = new TableHost(session);
  const loaded = await tables.load(
    { kind: 'table', file: new Blob([sample.join('\n')]), fileName: 'penguins.csv', options: { decimalComma: false } },
    () => {},
  );
  if (!loaded.ok) throw new Error('penguins did not load');
  const plan = loaded.summary.plan;
  const noop = { onStepLosses() {}, onEpoch() {}, onSamples() {}, onScores() {} };
  const models = ['iforest', 'dense-ae'] as const;
  const runs: Record<string, { seconds: number[]; peakMb: number[]; rows: number }> = {};
  // Each detector's settings as it trained (the same every round).
  const configs: Record<string, unknown> = {};
  for (let round = 0; round < 3; round += 1) {
    for (const model of models) {
      const base = { ...defaultConfig(model), epochs: 20 };
      const prepared = tables.prepare({ kind: 'table', plan, config: base });
      if (!prepared.ok) throw new Error(JSON.stringify(prepared.problem));
      const config = tableRunConfig(base, prepared.prepared.featureNames.length, prepared.prepared.counts.fit);
      configs[model] = config;
      await session.train(config, noop);
      global.gc?.();
      let peak = process.memoryUsage().rss;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
      const started = performance.now();
      const scored = await tables.scoreFile(big, () => {});
      const seconds = (performance.now() - started) / 1000;
      clearInterval(timer);
      if (!scored) throw new Error('cancelled');
      const entry = (runs[model] ??= { seconds: [], peakMb: [], rows: scored.rows });
      entry.seconds.push(seconds);
      entry.peakMb.push(peak / 2 ** 20);
      console.log(
        `round ${round + 1} ${model}: ${scored.rows} rows in ${seconds.toFixed(1)} s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`,
      );
    }
  }
  const summary = Object.fromEntries(
    Object.entries(runs).map(([model, r]) => {
      const rates = r.seconds.map((s) => r.rows / s);
      return [
        model,
        {
          rows: r.rows,
          rowsPerSecond: { median: median(rates), min: Math.min(...rates), max: Math.max(...rates) },
          peakRssMb: { median: median(r.peakMb), max: Math.max(...r.peakMb) },
          seconds: r.seconds,
        },
      ];
    }),
  );
  const report = {
    date: new Date().toISOString().slice(0, 10),
    machine: machineRecord(),
    backend: tf.getBackend(),
    // The engine's settings as this run had them (WASM threads and SIMD among them).
    tfFlags: tf.env().getFlags(),
    fileBytes: big.size,
    configs,
    summary,
    runs,
  };
  console.log(JSON.stringify(report, null, 1));
  writeResults(`score-file-${tf.getBackend()}`, report);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
