// GAN studio figures: how many steps and minutes until the fixed-noise grid scores >= 6 with the
// lab's digit classifier (digits recognisable), the best score reached, and the AUROC of each GAN
// scorer for normal digit 1, on the lab's own worker in headless Chromium.
// Usage: npm run bench:gan [-- --backend=webgl --model=dcgan --steps=3000 --digit=1]
//        npm run bench:gan -- --real-digits   (only the classifier score of held-out real digits)
// Every run writes a new file (scripts/results-file.mjs): bench/results/<date>T<time>-<commit>-gan-
// <model>-<backend>-<gandata>.json, or -classifier-real-digits.json.
import { arg, browserUsed, buildOrExit, launch, openBenchPage, serve } from './bench-browser.mjs';
import { formatSpread, spread } from './bench-stats.mjs';
import { machineRecord, writeResults } from './results-file.mjs';

const backend = arg('backend', 'webgl');
const model = arg('model', 'dcgan');
const steps = Number(arg('steps', '3000'));
const digit = Number(arg('digit', '1'));
// 'all' for plain generation (the classifier score needs all ten digits), 'normal' for detection.
const gandata = arg('gandata', 'all');
const encsteps = Number(arg('encsteps', '600'));
const port = 4394;

buildOrExit(['--config', 'bench/vite.config.ts', '--logLevel', 'error']);
const server = await serve(port, 'bench', 'bench/dist');
const browser = await launch();
if (process.argv.includes('--real-digits')) {
  const page = await openBenchPage(browser, `http://127.0.0.1:${port}/bench/`);
  const { worker } = await page.evaluate(() => window.bench.init('wasm'));
  const real = await page.evaluate(() => window.bench.realDigitLikeness());
  await browser.close();
  server.kill();
  const batches = spread(real.batchesOf64);
  const date = new Date().toISOString().slice(0, 10);
  writeResults('classifier-real-digits', {
    date,
    machine: machineRecord(),
    browser: browserUsed(browser),
    backend: worker,
    heldOut: real.heldOut,
    all: real.all,
    batchesOf64: batches,
  });
  console.log(
    `${real.heldOut} held-out real digits: score ${real.all.toFixed(2)}; batches of 64: ${formatSpread(batches, 2)}`,
  );
  process.exit(0);
}
let result;
try {
  const page = await openBenchPage(browser, `http://127.0.0.1:${port}/bench/`);
  const { worker } = await page.evaluate((b) => window.bench.init(b), backend);
  result = await page.evaluate(
    ([m, s, d, g, e]) => window.bench.gan({ model: m, steps: s, normal: [d], snapshot: 100, gandata: g, encsteps: e }),
    [model, steps, digit, gandata, encsteps],
  );
  result = { backend: worker, model, steps, digit, gandata, ...result };
} finally {
  await browser.close();
  server.kill();
}
const recognisable = result.snapshots.find((s) => s.score !== null && s.score >= 6) ?? null;
const best = result.snapshots.reduce((a, s) => ((s.score ?? 0) > (a?.score ?? 0) ? s : a), null);
const date = new Date().toISOString().slice(0, 10);
writeResults(`gan-${model}-${result.backend}-${gandata}`, {
  date,
  machine: machineRecord(),
  browser: browserUsed(browser),
  requested: backend,
  encsteps,
  recognisable,
  best,
  ...result,
});
console.log(
  `${model} on ${result.backend}, normal digit ${digit}: ${result.status} after ${steps} steps, ${(result.adversarialSeconds / 60).toFixed(1)} min adversarial, ${(result.totalSeconds / 60).toFixed(1)} min with scoring`,
);
console.log(
  recognisable
    ? `classifier score >= 6 at step ${recognisable.step} (${(recognisable.seconds / 60).toFixed(1)} min)`
    : 'classifier score never reached 6',
);
console.log(`best score ${best?.score?.toFixed(2)} at step ${best?.step}; AUROC ${JSON.stringify(result.aurocs)}`);
