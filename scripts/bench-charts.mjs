// `npm run bench:charts`: the lab's SVG charts against recharts (current release, animation off, the
// same decimated data), in the built app, measured as a person uses them: a training run (the live
// loss charts) and the results appearing (histogram, ROC), then the threshold dragged across the
// histogram. The two builds differ only in the three chart modules (bench/vite.charts.config.ts).
// Rounds are interleaved (SVG then recharts, recharts then SVG, ...) per backend, at least 3; every
// run is kept. Writes bench/results/<date>T<time>-<commit>-charts.json, never over an older file
// (scripts/results-file.mjs).
// Options: --backends=wasm,webgl  --rounds=3  --epochs=10  --limit=3000
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { arg, browserUsed, launch, serve } from './bench-browser.mjs';
import { spread } from './bench-stats.mjs';
import { watchPage } from './bench-app.mjs';
import { machineRecord, writeResults } from './results-file.mjs';

const backends = arg('backends', 'wasm,webgl').split(',');
const rounds = Math.max(3, Number(arg('rounds', 3)));
const epochs = Number(arg('epochs', 10));
const limit = Number(arg('limit', 3000));
const query = (backend) => `backend=${backend}&normal=1&epochs=${epochs}&limit=${limit}&pretrained=0&autostart=1`;

function build(args) {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
build(['--outDir', 'bench/charts-svg-dist', '--emptyOutDir']);
build(['--config', 'bench/vite.charts.config.ts']);

const variants = {
  svg: { url: 'http://127.0.0.1:4395/lab/', server: await serve(4395, 'lab', 'bench/charts-svg-dist') },
  recharts: { url: 'http://127.0.0.1:4396/lab/', server: await serve(4396, 'lab', 'bench/charts-recharts-dist') },
};
const browser = await launch();

/** Frame gaps and long tasks from now until `stop` is called in the page. */
function startWindow() {
  const w = { gaps: [], longTasks: [], start: performance.now() };
  window.__chartWindow = w;
  let last = performance.now();
  const frame = (now) => {
    if (w.stopped) return;
    w.gaps.push(now - last);
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!w.stopped) w.longTasks.push(e.duration);
  }).observe({ type: 'longtask' });
}

/** One run in one build: train to done, then drag the threshold across the histogram in 40 moves. */
async function chartRun(variant, backend) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
  const page = await context.newPage();
  await page.addInitScript(watchPage);
  await page.goto(`${variants[variant].url}?${query(backend)}`);
  await page.locator('[data-testid=train-status][data-status=done]').waitFor({ timeout: 900_000 });
  const record = await page.evaluate(() => window.__appBench);
  const start = record.transitions.find((t) => t.status === 'training')?.at ?? 0;
  const end = [...record.transitions].reverse().find((t) => t.status === 'done')?.at ?? Number.POSITIVE_INFINITY;
  const during = record.longTasks.filter((t) => t.start >= start && t.start <= end);
  const scoresAt = record.scoresAt ?? end;
  // Let the staged result views finish mounting before the drag.
  await page.waitForTimeout(1500);
  const histogram = page.locator('[data-testid=error-histogram] svg').first();
  await histogram.scrollIntoViewIfNeeded();
  const box = await histogram.boundingBox();
  await page.evaluate(startWindow);
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.15, y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i += 1) await page.mouse.move(box.x + box.width * (0.15 + (0.7 * i) / 40), y);
  await page.mouse.up();
  await page.waitForTimeout(300);
  const drag = await page.evaluate(() => {
    const w = window.__chartWindow;
    w.stopped = true;
    return { gaps: w.gaps, longTasks: w.longTasks, ms: performance.now() - w.start };
  });
  await context.close();
  const sortedGaps = [...drag.gaps].sort((a, b) => a - b);
  return {
    variant,
    backend,
    trainingSeconds: (end - start) / 1000,
    longTasksWhileStepping: during.filter((t) => t.start < scoresAt).length,
    longTasksRenderingResults: during.filter((t) => t.start >= scoresAt).length,
    longestTaskMs: Math.round(Math.max(0, ...during.map((t) => t.duration))),
    worstFrameGapWhileTrainingMs: Math.round(record.worstFrameGapMs),
    drag: {
      ms: Math.round(drag.ms),
      longTasks: drag.longTasks.length,
      longestTaskMs: Math.round(Math.max(0, ...drag.longTasks)),
      medianFrameMs: sortedGaps[Math.floor(sortedGaps.length / 2)] ?? null,
      worstFrameMs: Math.round(sortedGaps.at(-1) ?? 0),
    },
  };
}

const runs = [];
try {
  for (let round = 0; round < rounds; round += 1) {
    for (const backend of backends) {
      const order = round % 2 === 0 ? ['svg', 'recharts'] : ['recharts', 'svg'];
      for (const variant of order) {
        const run = { round, ...(await chartRun(variant, backend)) };
        runs.push(run);
        console.log(
          `round ${round + 1} ${backend} ${variant}: long tasks stepping ${run.longTasksWhileStepping}, ` +
            `results ${run.longTasksRenderingResults}, longest ${run.longestTaskMs} ms; drag: ` +
            `${run.drag.longTasks} long tasks, frame ${run.drag.medianFrameMs?.toFixed(1)} ms median, ` +
            `${run.drag.worstFrameMs} ms worst`,
        );
      }
    }
  }
} finally {
  await browser.close();
  for (const { server } of Object.values(variants)) server.kill();
}

const summary = {};
for (const backend of backends) {
  for (const variant of Object.keys(variants)) {
    const mine = runs.filter((r) => r.backend === backend && r.variant === variant);
    summary[`${backend} ${variant}`] = {
      longTasksWhileStepping: spread(mine.map((r) => r.longTasksWhileStepping)),
      longTasksRenderingResults: spread(mine.map((r) => r.longTasksRenderingResults)),
      longestTaskMs: spread(mine.map((r) => r.longestTaskMs)),
      worstFrameGapWhileTrainingMs: spread(mine.map((r) => r.worstFrameGapWhileTrainingMs)),
      dragLongTasks: spread(mine.map((r) => r.drag.longTasks)),
      dragMedianFrameMs: spread(mine.map((r) => r.drag.medianFrameMs)),
      dragWorstFrameMs: spread(mine.map((r) => r.drag.worstFrameMs)),
    };
  }
}
writeResults('charts', {
  date: new Date().toISOString(),
  machine: machineRecord(),
  browser: browserUsed(browser),
  backends,
  workload: { query: query('<backend>'), drag: '40 pointer moves across 70% of the histogram' },
  rechartsVersion: JSON.parse(readFileSync('node_modules/recharts/package.json', 'utf8')).version,
  rounds,
  summary,
  runs,
});
