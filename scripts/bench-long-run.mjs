// `npm run bench:long-run`: a 100,000-step GAN run's statistics replayed through the app's own store
// and views (bench/longRun.tsx: GAN charts with health hints, train panel) at 128 steps a frame,
// far faster than a real run reports. Prints long tasks, frame times per tenth of the run (flat if
// the views cost the same at 100,000 steps as at 10,000) and the page's JS heap as it grows
// (Chrome DevTools Protocol). 3 runs. Writes a new bench/results/<date>T<time>-<commit>-long-run.json
// (scripts/results-file.mjs).
// Options: --steps=100000 --per-frame=128 --rounds=3
import { arg, browserUsed, buildOrExit, launch, machineDescription, serve } from './bench-browser.mjs';
import { formatSpread, spread } from './bench-stats.mjs';
import { machineRecord, writeResults } from './results-file.mjs';

const steps = Number(arg('steps', 100_000));
const perFrame = Number(arg('per-frame', 128));
const rounds = Math.max(3, Number(arg('rounds', 3)));
const port = 4398;

buildOrExit(['--config', 'bench/vite.config.ts', '--logLevel', 'error']);
const server = await serve(port, 'bench', 'bench/dist');
const browser = await launch();
const runs = [];
try {
  for (let round = 0; round < rounds; round += 1) {
    const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`http://127.0.0.1:${port}/bench/long-run.html`);
    await page.waitForFunction(() => typeof window.longRun === 'function');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = [];
    let done = false;
    const sampling = (async () => {
      while (!done) {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        heap.push({ step: await page.evaluate(() => window.longRunProgress), mb: used / 2 ** 20 });
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    })();
    const result = await page.evaluate(([s, f]) => window.longRun(s, f), [steps, perFrame]);
    done = true;
    await sampling;
    runs.push({ round, ...result, heap });
    console.log(
      `round ${round + 1}: ${result.seconds.toFixed(1)} s, ${result.longTasks} long tasks (longest ${result.longestTaskMs} ms), ` +
        `frame median by tenth ${result.frameMsByDecile.map((d) => d.median.toFixed(0)).join(' ')} ms, ` +
        `heap ${heap[0]?.mb.toFixed(0)} -> ${heap[heap.length - 1]?.mb.toFixed(0)} MB`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
const date = new Date().toISOString().slice(0, 10);
writeResults('long-run', {
  date,
  machine: machineRecord(),
  browser: browserUsed(browser),
  steps,
  perFrame,
  rounds,
  runs,
});
const firstTenth = spread(runs.map((r) => r.frameMsByDecile[0].median));
const lastTenth = spread(runs.map((r) => r.frameMsByDecile[9].median));
console.log(`\n${steps} steps at ${perFrame} a frame, ${machineDescription()}:`);
console.log(`long tasks: ${formatSpread(spread(runs.map((r) => r.longTasks)))}`);
console.log(`frame time, first tenth: ${formatSpread(firstTenth, 1)} ms; last tenth: ${formatSpread(lastTenth, 1)} ms`);
