// Converts real tables from the npm package `vega-datasets` into the CSV samples the lab offers
// under "Try a sample" (public/samples/). Runs at install and build; nothing is downloaded.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { heartbeats, sensorSeries } from './make-series-samples.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'samples');
const require = createRequire(import.meta.url);
let dataDir;
try {
  dataDir = join(dirname(require.resolve('vega-datasets')), '..', 'data');
} catch {
  console.error('build-sample-tables: the npm package "vega-datasets" is missing; run `npm ci` first.');
  process.exit(1);
}

const quote = (value) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

function jsonToCsv(records) {
  const columns = Object.keys(records[0]);
  return (
    [columns.map(quote).join(','), ...records.map((r) => columns.map((c) => quote(r[c])).join(','))].join('\n') + '\n'
  );
}

mkdirSync(outDir, { recursive: true });
const samples = [
  // Palmer penguins: three species measured; label column "Species" (e.g. Adelie as normal).
  { out: 'penguins.csv', build: () => jsonToCsv(JSON.parse(readFileSync(join(dataDir, 'penguins.json'), 'utf8'))) },
  // Daily Seattle weather 2012-2015: a dated series with a "weather" label.
  { out: 'seattle-weather.csv', build: () => readFileSync(join(dataDir, 'seattle-weather.csv'), 'utf8') },
  // Seeded synthetic sequences with labelled anomalies of documented kinds (make-series-samples.mjs).
  { out: 'synthetic-series.csv', build: () => sensorSeries() },
  { out: 'synthetic-heartbeats.csv', build: () => heartbeats() },
];
for (const sample of samples) {
  const target = join(outDir, sample.out);
  if (!existsSync(target)) writeFileSync(target, sample.build());
}
