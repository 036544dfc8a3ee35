// `npm run bench:run-all`: "Run all classical" in the real app, per backend, as a person runs it.
// The built dist/ is opened on MNIST (digit 1 normal, 10,000 test digits) with ?backend=X, the
// button is clicked, and the time until every leaderboard row is in is taken inside the page.
// Backends interleaved, 3 rounds by default (--rounds=N); median and range per backend, and each
// detector's fit time from its leaderboard row. Writes a new
// bench/results/<date>T<time>-<commit>-run-all.{json,md} (scripts/results-file.mjs).
import { arg, browserUsed, buildOrExit, launch, machineDescription, serve } from './bench-browser.mjs';
import { spread, formatSpread } from './bench-stats.mjs';
import { machineRecord, writeResults } from './results-file.mjs';

const rounds = Number(arg('rounds', '3'));
const backends = arg('backends', 'wasm,webgl,webgpu').split(',');
buildOrExit(['--logLevel', 'error']);
const server = await serve(4396, 'lab', 'dist');
const browser = await launch();

/** One click on Run all classical; resolves with the page's own timing and the rows' fit times. */
async function runAll(backend) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:4396/lab/?backend=${backend}`);
  await page.locator('[data-testid=train-status][data-status=idle]').waitFor({ timeout: 300_000 });
  const active = (await page.getByTestId('backend-badge').textContent())?.trim();
  const timing = page.evaluate(
    () =>
      new Promise((resolve) => {
        const start = performance.now();
        // Done when every classical detector's row is in: the last row renders a moment after the
        // progress line goes (rows render deferred), and the shipped start's row (a first visit's
        // detector, which may land during the run) is not one of them.
        const startId = () => document.querySelector('[data-testid=pretrained-start]')?.getAttribute('data-start');
        const rows = () =>
          [...document.querySelectorAll('[data-testid=leaderboard-row]')].filter(
            (row) => row.getAttribute('data-detector') !== startId(),
          ).length;
        let total = 0;
        const done = () => {
          const progress = document.querySelector('[data-testid=classical-progress]');
          if (progress) total = Number(progress.getAttribute('data-total'));
          return !progress && total > 0 && rows() >= total;
        };
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve(performance.now() - start);
        });
        observer.observe(document.body, { subtree: true, childList: true });
        document.querySelector('[data-testid=run-classical]').click();
      }),
  );
  const ms = await timing;
  const rows = await page
    .getByTestId('leaderboard-row')
    .evaluateAll((els) => els.map((r) => [r.getAttribute('data-detector'), Number(r.getAttribute('data-fit-ms'))]));
  const alert = await page.getByTestId('error-message').count();
  await context.close();
  return { backend, active, ms, fitMs: Object.fromEntries(rows), errors: alert };
}

const runs = [];
for (let round = 0; round < rounds; round++)
  for (const backend of backends) {
    const run = await runAll(backend);
    console.log(`round ${round + 1} ${backend}: ${(run.ms / 1000).toFixed(1)} s`);
    runs.push(run);
  }
await browser.close();
server.kill();

const date = new Date().toISOString().slice(0, 10);
const perBackend = Object.fromEntries(
  backends.map((b) => {
    const mine = runs.filter((r) => r.backend === b);
    const ids = Object.keys(mine[0].fitMs);
    const fits = Object.fromEntries(ids.map((id) => [id, spread(mine.map((r) => r.fitMs[id])).median]));
    return [b, { totalMs: spread(mine.map((r) => r.ms)), fitMedianMs: fits, errors: mine.some((r) => r.errors) }];
  }),
);
const result = {
  date,
  machine: machineRecord(),
  browser: browserUsed(browser),
  dataset: 'MNIST digit 1, 10,000 test digits',
  backends,
  rounds,
  perBackend,
  runs,
};
const lines = [
  `# Run all classical in the app, MNIST digit 1 (${date})`,
  '',
  `${machineDescription()}; headless Chromium ${browser.version()}, built app, ${rounds} interleaved rounds; ` +
    'seconds from the click to the last leaderboard row, median (range).',
  '',
  '| backend | total (s) | fit time per detector, median (ms) |',
  '|---|---|---|',
  ...backends.map((b) => {
    const r = perBackend[b];
    const total = formatSpread(
      mapSpread(r.totalMs, (v) => v / 1000),
      1,
    );
    const fits = Object.entries(r.fitMedianMs)
      .map(([id, v]) => `${id} ${Math.round(v)}`)
      .join(', ');
    return `| ${b}${r.errors ? ' (error shown)' : ''} | ${total} | ${fits} |`;
  }),
  '',
];
function mapSpread(s, f) {
  return { median: f(s.median), min: f(s.min), max: f(s.max), runs: s.runs.map(f) };
}
writeResults('run-all', result, lines.join('\n'));
console.log(`\n${lines.join('\n')}`);
