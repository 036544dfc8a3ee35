// `npm run bench:first-visit`: how long a first visit waits for a trained detector. The built app is
// opened fresh (no cache, no service worker) with ?backend=X; a script in the page records when the
// split counts appear (MNIST loaded and split) and when the pre-trained start's AUROC is shown.
// Backends interleaved, 3 rounds (--rounds=N). Writes a new
// bench/results/<date>T<time>-<commit>-first-visit.json (scripts/results-file.mjs).
import { arg, browserUsed, launch, serve } from './bench-browser.mjs';
import { formatSpread, spread } from './bench-stats.mjs';
import { machineRecord, writeResults } from './results-file.mjs';

const rounds = Number(arg('rounds', '3'));
const backends = arg('backends', 'wasm,webgl,webgpu').split(',');
const port = 4396;
const server = await serve(port, 'lab', 'dist');
const browser = await launch();

/** Records, in page time, when the split is ready and when the AUROC first has a value. */
function watchMilestones() {
  const marks = {};
  const check = () => {
    if (!marks.split && document.querySelector('[data-testid="count-train"]')) marks.split = performance.now();
    const auroc = document.querySelector('[data-testid="metric-auroc"]')?.getAttribute('data-value');
    if (!marks.auroc && auroc) marks.auroc = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  window.__milestones = marks;
}

async function visit(backend) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1360, height: 1000 } });
  const page = await context.newPage();
  await page.addInitScript(watchMilestones);
  await page.goto(`http://127.0.0.1:${port}/lab/?backend=${backend}`);
  await page.waitForFunction(() => window.__milestones?.auroc, null, { timeout: 300_000 });
  const marks = await page.evaluate(() => window.__milestones);
  // The backend the visit ran on (it may fall back from the one asked for).
  const active = (await page.getByTestId('backend-badge').textContent())?.trim();
  await context.close();
  const afterSplit = (marks.auroc - marks.split) / 1000;
  return { active, split: marks.split / 1000, auroc: marks.auroc / 1000, afterSplit };
}

const runs = Object.fromEntries(backends.map((b) => [b, []]));
try {
  for (let round = 0; round < rounds; round += 1) {
    for (const backend of backends) {
      const run = await visit(backend);
      runs[backend].push(run);
      console.log(`round ${round + 1} ${backend}: ${JSON.stringify(run)}`);
    }
  }
} finally {
  await browser.close();
  server.kill();
}
const summary = Object.fromEntries(
  backends.map((b) => [
    b,
    {
      splitReadyS: spread(runs[b].map((r) => r.split)),
      aurocShownS: spread(runs[b].map((r) => r.auroc)),
      afterSplitS: spread(runs[b].map((r) => r.afterSplit)),
    },
  ]),
);
const date = new Date().toISOString().slice(0, 10);
writeResults('first-visit', {
  date,
  machine: machineRecord(),
  browser: browserUsed(browser),
  backends,
  rounds,
  summary,
  runs,
});
for (const b of backends) {
  const s = summary[b];
  console.log(
    `${b}: split ready ${formatSpread(s.splitReadyS, 2)} s, AUROC shown ${formatSpread(s.aurocShownS, 2)} s ` +
      `(${formatSpread(s.afterSplitS, 2)} s after the split)`,
  );
}
