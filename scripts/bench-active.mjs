// `npm run bench:active`: the label queue against random labels, with the true labels standing in
// for the person: per normal class and seed, rounds of 10 more labels (the `top` strategy, or at
// random), each a real retrain of the label-aware detector on the split plus every mark so far; labels
// are asked of a seeded half of the test items, AUROC is measured on the other half (never labelled). Reports how many labels the queue needs to reach the AUROC
// that random labels reach at 5% of the training items. The evaluation half of MNIST.
// Options: --datasets=mnist --classes=0,...,9 --seeds=42,43,44 --model=deep-sad --rounds=4
//          --per-round=10 --strategy=top --backend=wasm --port=4397
// Writes bench/results/<date>T<time>-<commit>-active-<datasets>.json and .md (a new file every run).
import { arg, buildOrExit, launch, openBenchPage, serve } from './bench-browser.mjs';
import { browserRecord, machineRecord, writeResults } from './results-file.mjs';

const datasets = arg('datasets', 'mnist').split(',');
const classes = arg('classes', '0,1,2,3,4,5,6,7,8,9').split(',').map(Number);
const seeds = arg('seeds', '42,43,44').split(',').map(Number);
const model = arg('model', 'deep-sad');
const rounds = Number(arg('rounds', 4));
const perRound = Number(arg('per-round', 10));
const strategy = arg('strategy', 'top');
const backend = arg('backend', 'wasm');
const port = Number(arg('port', 4397));
const machine = machineRecord();

buildOrExit(['--config', 'bench/vite.config.ts', '--logLevel', 'error']);
const server = await serve(port, 'bench', 'bench/dist');
const browser = await launch();
const runs = [];
try {
  for (const dataset of datasets) {
    const page = await openBenchPage(browser, `http://127.0.0.1:${port}/bench/`);
    await page.evaluate(([b, d]) => window.bench.init(b, d, 'evaluation'), [backend, dataset]);
    for (const digit of classes) {
      for (const seed of seeds) {
        const found = await page.evaluate((o) => window.bench.activeLearning(o), {
          digit,
          seed,
          model,
          perRound,
          rounds,
          strategy,
        });
        runs.push({ dataset, digit, seed, ...found });
        const last = (k) => (found.curves[k].at(-1).auroc * 100).toFixed(1);
        console.log(
          `${dataset} class ${digit} seed ${seed}: ${rounds * perRound} labels, active ${last('active')}, random ${last('random')}`,
        );
      }
    }
    await page.close();
  }
  const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
  const sd = (v) => (v.length < 2 ? 0 : Math.sqrt(v.reduce((a, x) => a + (x - mean(v)) ** 2, 0) / (v.length - 1)));
  const pct = (v) => (Math.round(v * 1000) / 10).toFixed(1);
  const lines = ['# The label queue against random labels', ''];
  lines.push(
    `Measured on ${machine.cores} × ${machine.cpu}, Chromium ${browser.version()}, ${backend}; ${model} with its ` +
      `defaults; the evaluation half; classes ${classes.join(', ')}; seeds ${seeds.join(', ')} (mean over the ` +
      `classes per seed, then mean ± sd over the seeds); ${perRound} labels a round by the \`${strategy}\` strategy or ` +
      'at random, from a seeded half of the test items, each round a retrain on every mark so far; AUROC on ' +
      'the other half, never labelled, the same items for both curves.',
    '',
  );
  for (const dataset of datasets) {
    const mine = runs.filter((r) => r.dataset === dataset);
    lines.push(`## ${dataset === 'mnist' ? 'MNIST' : 'Fashion-MNIST'}`, '');
    lines.push(`| labels | queue (${strategy}) | random |`, '|---|---|---|');
    for (let k = 0; k <= rounds; k += 1) {
      const at = (kind) => {
        const perSeed = seeds.map((seed) =>
          mean(mine.filter((r) => r.seed === seed).map((r) => r.curves[kind][k].auroc)),
        );
        return `${pct(mean(perSeed))} ± ${pct(sd(perSeed))}`;
      };
      lines.push(`| ${k * perRound} | ${at('active')} | ${at('random')} |`);
    }
    // Labels the queue needs to reach what random labels give at 5% of the training items.
    const needed = mine.map((r) => {
      const fivePercent = Math.round(0.05 * r.trainCount);
      const nearest = r.curves.random.reduce((a, b) =>
        Math.abs(b.labels - fivePercent) < Math.abs(a.labels - fivePercent) ? b : a,
      );
      const reached = r.curves.active.find((p) => p.auroc >= nearest.auroc);
      return { target: nearest.labels, labels: reached ? reached.labels : Number.POSITIVE_INFINITY };
    });
    const reachedShare = needed.filter((n) => Number.isFinite(n.labels));
    lines.push(
      '',
      `Random labels at about 5% of the training items (${[...new Set(needed.map((n) => n.target))].join(' or ')} labels): ` +
        `the queue reached that AUROC in ${reachedShare.length} of ${needed.length} runs, with ${mean(
          reachedShare.map((n) => n.labels),
        ).toFixed(1)} labels on average where it did.`,
      '',
    );
  }
  writeResults(
    `active-${datasets.join('+')}`,
    { machine, browser: browserRecord(browser), model, strategy, perRound, rounds, classes, seeds, runs },
    lines.join('\n'),
  );
  console.log(`\n${lines.join('\n')}`);
} finally {
  await browser.close();
  server.kill();
}
