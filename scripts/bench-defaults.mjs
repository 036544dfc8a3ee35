// Measures the lab's default run end to end, the way a person (or an outside tool) would run it:
// the built app, served from a sub-path, driven only through the URL contract and data-testids.
// For each backend and normal digit: AUROC / AUPRC reached and the wall time of training +
// scoring. Writes a new bench/results/<date>T<time>-<commit>-default-run.json each run
// (scripts/results-file.mjs), with only its own rows, and prints a markdown table of them.
// `--backends=auto,...` runs the measured choice as a first visit does (a fresh browser context:
// nothing remembered), and records the start-up (page open to idle, the measurement included).
// `--rounds=N` repeats every backend N times, the order flipping each round.
// Usage: npm run bench:defaults [-- --backends=webgpu,webgl,wasm --digits=1,0 --rounds=1 --screenshot]
import { mkdirSync } from 'node:fs';
import { arg, browserUsed, buildOrExit, launch, machineDescription, serve } from './bench-browser.mjs';
import { formatSpread, spread } from './bench-stats.mjs';
import { machineRecord, writeResults } from './results-file.mjs';

const backends = arg('backends', 'webgpu,webgl,wasm').split(',');
const digits = arg('digits', '1,0').split(',').map(Number);
const rounds = Number(arg('rounds', 1));
const takeScreenshot = process.argv.includes('--screenshot');
const port = 4391;

buildOrExit(['--logLevel', 'error']);
const server = await serve(port, 'lab', 'dist');
const browser = await launch();
const rows = [];
try {
  for (let round = 0; round < rounds; round += 1) {
    for (const backend of round % 2 === 0 ? backends : [...backends].reverse()) {
      for (const digit of digits) {
        const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
        const opened = Date.now();
        await page.goto(`http://127.0.0.1:${port}/lab/?normal=${digit}&backend=${backend}&pretrained=0`);
        const status = page.getByTestId('train-status');
        await status.and(page.locator('[data-status=idle]')).waitFor({ timeout: 120_000 });
        const startupSeconds = (Date.now() - opened) / 1000;
        const active = (await page.getByTestId('backend-badge').textContent()).trim();
        const started = Date.now();
        await page.getByTestId('train-button').click();
        await page
          .locator('[data-testid=train-status][data-status=done], [data-testid=train-status][data-status=error]')
          .waitFor({ timeout: 1_800_000 });
        const seconds = (Date.now() - started) / 1000;
        const value = async (id) => Number(await page.getByTestId(`metric-${id}`).getAttribute('data-value'));
        // AUPRC of a random ranking is the anomaly share of the test set: reported beside it.
        const count = async (id) => Number(await page.getByTestId(id).textContent());
        const testNormal = await count('count-test-normal');
        const testAnomalous = await count('count-test-anomalous');
        const row = {
          requested: backend,
          round,
          startupSeconds,
          backend: active,
          digit,
          auroc: await value('auroc'),
          auprc: await value('auprc'),
          auprcChance: testAnomalous / (testNormal + testAnomalous),
          seconds,
          status: await status.getAttribute('data-status'),
        };
        rows.push(row);
        console.log(JSON.stringify(row));
        if (takeScreenshot && backend === backends[0] && digit === digits[0]) {
          mkdirSync('docs', { recursive: true });
          await page.screenshot({ path: 'docs/screenshot.png', fullPage: true });
        }
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}

const machine = machineDescription();
const date = new Date().toISOString().slice(0, 10);
writeResults('default-run', {
  date,
  machine: machineRecord(),
  browser: browserUsed(browser),
  config: 'defaults',
  backends,
  digits,
  rounds,
  rows,
});
console.log(
  `\nMachine: ${machine}\n\n| backend asked (ran on) | normal digit | AUROC | start-up (median, range) | train + score (median, range) | runs |\n|---|---|---|---|---|---|`,
);
const groups = new Map();
for (const r of rows) {
  const key = `${r.requested ?? r.backend} ${r.digit}`;
  groups.set(key, [...(groups.get(key) ?? []), r]);
}
for (const group of groups.values()) {
  const r = group[0];
  const train = spread(group.map((g) => g.seconds));
  const startup = spread(group.map((g) => g.startupSeconds ?? Number.NaN));
  console.log(
    `| ${r.requested ?? r.backend} (${[...new Set(group.map((g) => g.backend))].join(', ')}) | ${r.digit} | ${r.auroc.toFixed(4)} | ${formatSpread(startup, 1)} s | ${formatSpread(train, 1)} s | ${group.length} |`,
  );
}
