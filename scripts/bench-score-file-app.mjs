// `npm run bench:score-file-app`: "Score a new file" in the real app, per browser backend, as a
// person runs it. The built dist/ is opened on the CSV view with ?backend=X, the Penguins sample is
// loaded and a dense autoencoder trained on it (Adelie normal), then a generated Penguins-like file
// (default 64 MB, --mb=N) is given to the score-file input ("Score it anyway" clicked when the column
// check finds something safe to go on with). Timed from giving the file until the scored-file
// summary shows. Memory: the resident memory of all Chromium processes, polled every
// 200 ms, before and at its peak during scoring. Backends interleaved, 3 rounds (--rounds=N).
// Writes a new bench/results/<date>T<time>-<commit>-score-file-app.{json,md} (scripts/results-file.mjs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { arg, browserUsed, buildOrExit, launch, machineDescription, serve } from './bench-browser.mjs';
import { formatSpread, spread } from './bench-stats.mjs';
import { generatePenguinRows } from './penguin-rows.mjs';
import { machineRecord, writeResults } from './results-file.mjs';

const rounds = Number(arg('rounds', '3'));
const backends = arg('backends', 'wasm,webgl,webgpu').split(',');
const megabytes = Number(arg('mb', '64'));
const query = (backend) => `dataset=csv&backend=${backend}&model=dense-ae&epochs=5`;
const sample = readFileSync('public/samples/penguins.csv', 'utf8').trim().split('\n');
mkdirSync('bench/tmp', { recursive: true });
const path = `bench/tmp/score-file-${megabytes}mb.csv`;
await generatePenguinRows(path, megabytes * 2 ** 20, sample[0], sample.slice(1));
const fileBytes = statSync(path).size;

buildOrExit(['--logLevel', 'error']);
const server = await serve(4397, 'lab', 'dist');
const browser = await launch();

/** Resident memory of every Chromium process, in MB (the browser, its GPU process, the page and worker). */
function chromiumRssMb() {
  const out = execFileSync('ps', ['-eo', 'rss=,comm='], { encoding: 'utf8' });
  return (
    out
      .split('\n')
      .filter((line) => /chrom/i.test(line))
      .reduce((sum, line) => sum + Number(line.trim().split(/\s+/)[0] || 0), 0) / 1024
  );
}

async function scoreOnce(backend) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:4397/lab/?${query(backend)}`);
  await page.getByTestId('csv-input').setInputFiles('public/samples/penguins.csv');
  await page.getByTestId('label-column').selectOption('Species');
  await page.getByTestId('normal-label').selectOption(['Adelie']);
  await page.getByTestId('train-button').click();
  console.log(`${backend}: training on the Penguins sample…`);
  await page.locator('[data-testid=train-status][data-status=done]').waitFor({ timeout: 600_000 });
  console.log(`${backend}: trained; scoring the file…`);
  const before = chromiumRssMb();
  let peak = before;
  const poll = setInterval(() => (peak = Math.max(peak, chromiumRssMb())), 200);
  // From giving the file to the summary of its scores: the column check, then (where it finds
  // something safe to go on with, e.g. a category the training rows never had) the click a person makes.
  const started = performance.now();
  await page.getByTestId('score-file').setInputFiles(path);
  const scored = page.getByTestId('scored-file');
  const scoreAnyway = page.getByTestId('score-file-continue');
  await scoreAnyway.or(scored).or(page.getByTestId('score-file-progress')).first().waitFor({ timeout: 600_000 });
  if (await scoreAnyway.isVisible()) await scoreAnyway.click();
  await scored.waitFor({ timeout: 3_600_000 });
  const ms = performance.now() - started;
  clearInterval(poll);
  const rows = Number(await page.getByTestId('scored-file').getAttribute('data-rows'));
  const active = (await page.getByTestId('backend-badge').textContent())?.trim();
  const errors = await page.getByTestId('error-message').count();
  await context.close();
  return { backend, active, ms, rows, rowsPerSecond: rows / (ms / 1000), rssBeforeMb: before, rssPeakMb: peak, errors };
}

const runs = [];
for (let round = 0; round < rounds; round += 1) {
  for (const backend of backends) {
    const run = await scoreOnce(backend);
    console.log(
      `round ${round + 1} ${backend} (${run.active}): ${run.rows} rows in ${(run.ms / 1000).toFixed(1)} s, ` +
        `${Math.round(run.rowsPerSecond)} rows/s, Chromium RSS ${Math.round(run.rssBeforeMb)} -> ${Math.round(run.rssPeakMb)} MB`,
    );
    runs.push(run);
  }
}
await browser.close();
server.kill();

const date = new Date().toISOString().slice(0, 10);
const perBackend = Object.fromEntries(
  backends.map((b) => {
    const mine = runs.filter((r) => r.backend === b);
    return [
      b,
      {
        rows: mine[0].rows,
        rowsPerSecond: spread(mine.map((r) => r.rowsPerSecond)),
        rssPeakMb: spread(mine.map((r) => r.rssPeakMb)),
        rssGrowthMb: spread(mine.map((r) => r.rssPeakMb - r.rssBeforeMb)),
        errors: mine.some((r) => r.errors),
      },
    ];
  }),
);
const result = {
  date,
  machine: machineRecord(),
  browser: browserUsed(browser),
  fileBytes,
  detector: 'dense autoencoder',
  query: query('<backend>'),
  backends,
  rounds,
  perBackend,
  runs,
};
const lines = [
  `# Scoring a ${Math.round(fileBytes / 2 ** 20)} MB CSV in the app, dense autoencoder (${date})`,
  '',
  `${machineDescription()}; headless Chromium ${browser.version()}, built app, ${rounds} interleaved rounds; ` +
    'median (range).',
  '',
  '| backend | rows | rows/s | Chromium peak RSS (MB) | growth while scoring (MB) |',
  '|---|---|---|---|---|',
  ...backends.map((b) => {
    const r = perBackend[b];
    return (
      `| ${b}${r.errors ? ' (error shown)' : ''} | ${r.rows.toLocaleString('en')} | ${formatSpread(r.rowsPerSecond)} | ` +
      `${formatSpread(r.rssPeakMb)} | ${formatSpread(r.rssGrowthMb)} |`
    );
  }),
  '',
];
writeResults('score-file-app', result, lines.join('\n'));
console.log(`\n${lines.join('\n')}`);
