// `npm run bench:quality`: one-class MNIST AUROC of every model with default settings, for each
// normal digit 0-9, beside the classical PCA baseline computed by the lab's own code on the same
// split, and the published figures of Ruff et al. 2018. Runs the lab's worker in headless
// Chromium. Writes bench/results/<date>-quality.json and -quality.md.
// Options: --backend=wasm (results match the CPU and WebGPU backends; WASM is fastest without a GPU)
//          --digits=0,1,...,9
//          --set=epochs=50,latent=16   (override default settings, e.g. to tune them)
// Only a full default run (all ten digits, no --set) is saved.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { arg, buildOrExit, launch, openBenchPage, serve } from './bench-browser.mjs';

// Ruff et al. 2018, "Deep One-Class Classification", Table 1 (AUROC %, MNIST, per normal digit).
const published = {
  'OC-SVM': [98.6, 99.5, 82.5, 88.1, 94.9, 77.1, 96.5, 93.7, 88.9, 93.1],
  KDE: [97.1, 98.9, 79.0, 86.2, 87.9, 73.8, 87.6, 91.4, 79.2, 88.2],
  IF: [98.0, 97.3, 88.6, 89.9, 92.7, 85.5, 95.6, 92.0, 89.9, 93.5],
  DCAE: [97.6, 98.3, 85.4, 86.7, 86.5, 78.2, 94.6, 92.3, 86.5, 90.4],
  AnoGAN: [96.6, 99.2, 85.0, 88.7, 89.4, 88.3, 94.7, 93.5, 84.9, 92.4],
  'Deep SVDD': [98.0, 99.7, 91.7, 91.9, 94.9, 88.5, 98.3, 94.6, 93.9, 96.5],
};
const models = ['dense-ae'];
const backend = arg('backend', 'wasm');
const digits = arg('digits', '0,1,2,3,4,5,6,7,8,9').split(',').map(Number);
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
const date = new Date().toISOString().slice(0, 10);
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM`;

buildOrExit(['--config', 'bench/vite.config.ts', '--logLevel', 'error']);
const server = await serve(4395, 'bench', 'bench/dist');
const browser = await launch();
const rows = [];
try {
  const page = await openBenchPage(browser, 'http://127.0.0.1:4395/bench/');
  const active = await page.evaluate((b) => window.bench.init(b), backend);
  for (const model of models) {
    for (const digit of digits) {
      const row = await page.evaluate(
        ([d, m, o]) => window.bench.quality(d, { ...o, model: m }),
        [digit, model, overrides],
      );
      rows.push({ model, ...row });
      console.log(
        `${model} digit ${digit}: AUROC ${(row.aeAuroc * 100).toFixed(1)} (PCA ${(row.pcaAuroc * 100).toFixed(1)}) in ${row.aeSeconds.toFixed(1)} s`,
      );
    }
  }
  const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
  const pct = (v) => (Math.round(v * 1000) / 10).toFixed(1);
  const header = [
    'digit',
    ...models.map((m) => `lab ${m}`),
    'lab PCA (k=32)',
    ...Object.keys(published).map((k) => `${k} (Ruff)`),
  ];
  const tableRows = digits.map((d) => {
    const ours = models.map((m) => pct(rows.find((r) => r.model === m && r.digit === d).aeAuroc));
    const pca = pct(rows.find((r) => r.digit === d).pcaAuroc);
    return [d, ...ours, pca, ...Object.values(published).map((v) => v[d].toFixed(1))];
  });
  const meanRow = [
    '**mean**',
    ...models.map((m) => `**${pct(mean(rows.filter((r) => r.model === m).map((r) => r.aeAuroc)))}**`),
    pct(mean(rows.filter((r) => r.model === models[0]).map((r) => r.pcaAuroc))),
    ...Object.values(published).map((v) => (Math.round(mean(digits.map((d) => v[d])) * 10 + 1e-9) / 10).toFixed(1)),
  ];
  const lines = [
    `# One-class MNIST AUROC (%) ${date}`,
    '',
    `Lab columns measured on ${machine}, backend ${active.worker}, default settings, seed 42, on the ` +
      'bundled 10,000 MNIST digits (about 800 training digits per class; Ruff et al. train on about 6,000).',
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...tableRows.map((r) => `| ${r.join(' | ')} |`),
    `| ${meanRow.join(' | ')} |`,
    '',
  ];
  mkdirSync('bench/results', { recursive: true });
  if (Object.keys(overrides).length || digits.length < 10) {
    console.log('(overrides or a subset of digits: not saved, so bench/results keeps the full default table)');
  } else {
    writeFileSync(
      `bench/results/${date}-quality.json`,
      `${JSON.stringify({ date, machine, backend: active.worker, rows, published }, null, 2)}\n`,
    );
    writeFileSync(`bench/results/${date}-quality.md`, lines.join('\n'));
  }
  console.log(`\n${lines.join('\n')}`);
} finally {
  await browser.close();
  server.kill();
}
