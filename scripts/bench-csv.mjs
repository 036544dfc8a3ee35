// The CSV view's figures, measured through the built app the way a person uses it:
//  1. Load a generated ~100 MB CSV through the file input: time until the table is parsed, time
//     until it is split and encoded (ready to train), peak memory of the page's renderer process
//     (where the worker lives), and main-thread long tasks / frame gaps while it loads.
//  2. AUROC / AUPRC on a real labelled table (Palmer penguins from vega-datasets, label Species,
//     each species in turn as the normal class) with the table-sized defaults, per backend.
// Every run writes a new bench/results/<date>T<time>-<commit>-csv.json (scripts/results-file.mjs),
// with only what it measured: a partial run (--skip-load, some backends) leaves older files as they are.
// Usage: npm run bench:csv [-- --backends=wasm,webgpu,webgl --megabytes=100 --load-rounds=3 --skip-load]
// (the load runs --load-rounds times, each in a fresh page: `loads` holds every run; --backends= with
// nothing after it skips the Penguins part)
import { execSync } from 'node:child_process';
import { createWriteStream, existsSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { arg, browserUsed, buildOrExit, launch, machineDescription, serve } from './bench-browser.mjs';
import { machineRecord, writeResults } from './results-file.mjs';

const backends = arg('backends', 'wasm,webgpu,webgl').split(',').filter(Boolean);
const megabytes = Number(arg('megabytes', '100'));
const skipLoad = process.argv.includes('--skip-load');
const loadRounds = Math.max(1, Number(arg('load-rounds', '3')));
const port = 4393;
const base = `http://127.0.0.1:${port}/lab/`;

/** Sensor-like rows: 9 measurements, a category and a label, about 100 bytes each. */
async function generateCsv(path, bytes) {
  const out = createWriteStream(path);
  out.write('row,t1,t2,t3,p1,p2,p3,v1,v2,v3,mode,label\n');
  let written = 0;
  let row = 0;
  let seed = 12345;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  while (written < bytes) {
    const lines = [];
    for (let k = 0; k < 10_000; k += 1) {
      row += 1;
      const odd = random() < 0.01;
      const base = Math.sin(row / 500);
      const cells = [row];
      for (let c = 0; c < 9; c += 1)
        cells.push((base * (c + 1) + random() * 0.1 + (odd && c === 4 ? 3 : 0)).toFixed(5));
      cells.push(['idle', 'run', 'boost', 'cool', 'off'][Math.floor(random() * 5)], odd ? 'fault' : 'ok');
      lines.push(cells.join(','));
    }
    const text = `${lines.join('\n')}\n`;
    written += text.length;
    if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  return row;
}

/** Resident memory (MiB) of Chromium's renderer processes: the page and its workers. */
function rendererRss() {
  const lines = execSync('ps -eo rss=,args=', { encoding: 'utf8', maxBuffer: 1 << 24 }).split('\n');
  return (
    lines
      .filter((l) => /chrom/i.test(l) && l.includes('--type=renderer'))
      .reduce((sum, l) => sum + Number(l.trim().split(/\s+/)[0]), 0) / 1024
  );
}

buildOrExit(['--logLevel', 'error']);
const server = await serve(port, 'lab', 'dist');
const browser = await launch();
const result = { loads: [], penguins: [] };
try {
  if (!skipLoad) {
    const file = join(os.tmpdir(), `anomaly-lab-${megabytes}mb.csv`);
    const rows = existsSync(file) ? null : await generateCsv(file, megabytes * 1e6);
    const size = statSync(file).size;
    for (let round = 0; round < loadRounds; round += 1) {
      const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
      await page.addInitScript(() => {
        const w = window;
        w.longTasks = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
          type: 'longtask',
          buffered: true,
        });
        w.maxFrameGap = 0;
        let last = performance.now();
        const tick = (now) => {
          if (w.measuring) w.maxFrameGap = Math.max(w.maxFrameGap, now - last);
          last = now;
          w.requestAnimationFrame(tick);
        };
        w.requestAnimationFrame(tick);
      });
      await page.goto(`${base}?dataset=csv&backend=wasm`);
      await page.getByTestId('train-status').and(page.locator('[data-status=idle]')).waitFor({ timeout: 120_000 });
      const baseline = rendererRss();
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, rendererRss())), 100);
      await page.evaluate(() => {
        window.longTasks = [];
        window.maxFrameGap = 0;
        window.measuring = true;
      });
      const started = Date.now();
      await page.getByTestId('csv-input').setInputFiles(file);
      await page.getByTestId('table-summary').waitFor({ timeout: 600_000 });
      const parsedSeconds = (Date.now() - started) / 1000;
      await page.getByTestId('split-counts').waitFor({ timeout: 600_000 });
      const readySeconds = (Date.now() - started) / 1000;
      clearInterval(sampler);
      const page_ = await page.evaluate(() => ({ longTasks: window.longTasks, maxFrameGap: window.maxFrameGap }));
      result.loads.push({
        round,
        megabytes: +(size / 1e6).toFixed(1),
        rows:
          rows ??
          Number((await page.getByTestId('table-summary').textContent()).match(/([\d,]+) rows/)[1].replace(/,/g, '')),
        parsedSeconds,
        readySeconds,
        rendererRssBaselineMiB: Math.round(baseline),
        rendererRssPeakMiB: Math.round(peak),
        rendererRssExtraMiB: Math.round(peak - baseline),
        mainThreadLongTasks: page_.longTasks.length,
        longestTaskMs: Math.round(Math.max(0, ...page_.longTasks)),
        maxFrameGapMs: Math.round(page_.maxFrameGap),
      });
      console.log(JSON.stringify(result.loads.at(-1)));
      await page.close();
    }
  }

  for (const backend of backends) {
    for (const normal of ['Adelie', 'Gentoo', 'Chinstrap']) {
      const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
      await page.goto(`${base}?dataset=csv&backend=${backend}`);
      await page.getByTestId('sample-penguins').click();
      await page.getByTestId('label-column').selectOption('Species');
      await page.getByTestId('normal-label').selectOption([normal]);
      await page.getByTestId('count-test-anomalous').waitFor();
      const active = (await page.getByTestId('backend-badge').textContent()).trim();
      const started = Date.now();
      await page.getByTestId('train-button').click();
      await page
        .locator('[data-testid=train-status][data-status=done], [data-testid=train-status][data-status=error]')
        .waitFor({ timeout: 1_800_000 });
      const value = async (id) => Number(await page.getByTestId(`metric-${id}`).getAttribute('data-value'));
      const count = async (id) => Number(await page.getByTestId(id).textContent());
      const testAnomalous = await count('count-test-anomalous');
      const row = {
        requested: backend,
        backend: active,
        normal,
        auroc: await value('auroc'),
        auprc: await value('auprc'),
        // AUPRC of a random ranking: the anomalous share of the test rows.
        auprcChance: testAnomalous / (testAnomalous + (await count('count-test-normal'))),
        seconds: (Date.now() - started) / 1000,
        status: (await page.getByTestId('train-status').textContent()).trim(),
      };
      result.penguins.push(row);
      console.log(JSON.stringify(row));
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}

const machine = machineDescription();
const date = new Date().toISOString().slice(0, 10);
writeResults('csv', {
  date,
  machine: machineRecord(),
  browser: browserUsed(browser),
  backends,
  megabytes,
  ...result,
});
console.log(`\nMachine: ${machine}`);
for (const l of result.loads) {
  console.log(
    `\n${l.megabytes} MB, ${l.rows.toLocaleString()} rows: parsed in ${l.parsedSeconds.toFixed(1)} s, ready to train in ${l.readySeconds.toFixed(1)} s; ` +
      `renderer memory ${l.rendererRssBaselineMiB} -> peak ${l.rendererRssPeakMiB} MiB (+${l.rendererRssExtraMiB}); ` +
      `main thread: ${l.mainThreadLongTasks} long tasks (longest ${l.longestTaskMs} ms), largest frame gap ${l.maxFrameGapMs} ms`,
  );
}
console.log('\n| backend | normal species | AUROC | AUPRC (chance) | train + score |\n|---|---|---|---|---|');
for (const r of result.penguins) {
  const chance = r.auprcChance === undefined ? '' : ` (${r.auprcChance.toFixed(4)})`;
  console.log(
    `| ${r.backend} | ${r.normal} | ${r.auroc.toFixed(4)} | ${r.auprc.toFixed(4)}${chance} | ${r.seconds.toFixed(1)} s |`,
  );
}
