// `npm run bench:engine`: the engine's figures. Training throughput (items/s, as `auto` measures it:
// the detector's own training step at batch 64 on 28x28 items, first step untimed) of the dense
// autoencoder, the convolutional autoencoder and the DCGAN on each backend, with WASM both
// threaded (the page cross-origin isolated) and single-threaded (a plain static host). Interleaved
// rounds (the order flips every round), at least 3; medians with their range. Writes a new
// bench/results/<date>T<time>-<commit>-engine.json (scripts/results-file.mjs) and prints a markdown table.
// Threads / 1 thread is computed per round (the two WASM pages of the same round) and judged against
// --thread-target (default 1.4) from its spread: "met" only when the lowest round reaches it, "not
// met" when the highest falls short, otherwise "inside the noise (not decided)".
// A model named id@batch trains at that batch instead (dense-ae@512: where threads pay). On each
// WASM page also the matrix products of the dense autoencoder's step alone (GFLOP/s at its shapes).
// Options: --rounds=3 --budget=3000 --thread-target=1.4 --models=dense-ae,dense-ae@512,conv-ae,dcgan
//          --backends=wasm,webgl,webgpu
//          --profile  also where each step's time goes on each WASM setup, kernel by kernel (tf.profile, 20 steps
//                     after the rounds; kernel times include what the lab's wrappers do inside a kernel), and
//                     the lab's pool kernels alone over 20 more steps: time a step and the helpers' share of units
import { arg, browserUsed, buildOrExit, launch, machineDescription, openBenchPage, serve } from './bench-browser.mjs';
import { formatSpread, perRoundRatios, spread, targetVerdict } from './bench-stats.mjs';
import { machineRecord, writeResults } from './results-file.mjs';

const rounds = Math.max(3, Number(arg('rounds', 3)));
const budgetMs = Number(arg('budget', 3000));
const threadTarget = Number(arg('thread-target', 1.4));
const models = arg('models', 'dense-ae,dense-ae@512,conv-ae,dcgan').split(',');
// [m, k, n]: a dense layer's forward product at batch 64, its weight gradient's shape (x^T dy, here as
// a plain 784x64 by 64x128 product), and a large square product for scale.
const matmulShapes = [
  [64, 784, 128],
  [784, 64, 128],
  [1024, 1024, 1024],
];
const matmulRuns = [];
const backends = arg('backends', 'wasm,webgl,webgpu').split(',');
const date = new Date().toISOString().slice(0, 10);

// WASM twice: threaded where the page is isolated, single-threaded where it is not. GPU backends do
// not depend on isolation: measured once, on the isolated page.
const setups = backends.flatMap((backend) =>
  backend === 'wasm'
    ? [
        { label: 'wasm (threads)', backend, isolated: true },
        { label: 'wasm (1 thread)', backend, isolated: false },
      ]
    : [{ label: backend, backend, isolated: true }],
);

buildOrExit(['--config', 'bench/vite.config.ts', '--logLevel', 'error']);
const servers = {
  true: await serve(4396, 'bench', 'bench/dist', true),
  false: await serve(4397, 'bench', 'bench/dist', false),
};
const browser = await launch();
const runs = [];
const profiles = [];
try {
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? setups : [...setups].reverse();
    for (const setup of order) {
      const page = await openBenchPage(browser, `http://127.0.0.1:${setup.isolated ? 4396 : 4397}/bench/`);
      const active = await page.evaluate((b) => window.bench.init(b), setup.backend);
      if (active.worker !== setup.backend) {
        console.log(`${setup.label}: unavailable (fell back to ${active.worker}); skipped`);
        await page.close();
        continue;
      }
      for (const model of round % 2 === 0 ? models : [...models].reverse()) {
        const [id, batch = '64'] = model.split('@');
        const rate = await page.evaluate(
          ({ id, batch, budgetMs }) => window.bench.trainingRate({ model: id, batch }, budgetMs),
          { id, batch: Number(batch), budgetMs },
        );
        runs.push({ round, setup: setup.label, model, ...rate });
        console.log(
          `round ${round + 1} ${setup.label} ${model}: ${rate.samplesPerSecond.toFixed(0)} items/s ` +
            `(${rate.steps} steps, first ${rate.warmupMs.toFixed(0)} ms, threads ${rate.threads ?? '-'})`,
        );
      }
      if (process.argv.includes('--profile') && setup.backend === 'wasm' && round === rounds - 1) {
        for (const model of models) {
          const [id, batch = '64'] = model.split('@');
          const { kernels, pool } = await page.evaluate(
            ({ id, batch }) => window.bench.profileTrainingStep({ model: id, batch }, 20),
            { id, batch: Number(batch) },
          );
          profiles.push({ setup: setup.label, model, kernels, pool });
        }
      }
      if (setup.backend === 'wasm') {
        for (const shape of matmulShapes) {
          const gflops = await page.evaluate((s) => window.bench.matmulGflops(s, 1000), shape);
          matmulRuns.push({ round, setup: setup.label, shape: shape.join('x'), gflops });
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  for (const server of Object.values(servers)) server.kill();
}

const summary = {};
for (const setup of setups) {
  for (const model of models) {
    const mine = runs.filter((r) => r.setup === setup.label && r.model === model);
    if (!mine.length) continue;
    summary[`${setup.label} ${model}`] = {
      itemsPerSecond: spread(mine.map((r) => r.samplesPerSecond)),
      threads: mine[0].threads,
      crossOriginIsolated: mine[0].crossOriginIsolated,
    };
  }
}
const median = (label, model) => summary[`${label} ${model}`]?.itemsPerSecond.median;
const ratios = Object.fromEntries(
  models.map((model) => [
    model,
    {
      threadedOverSingle: median('wasm (threads)', model) / median('wasm (1 thread)', model),
      wasmOverWebgl: median('wasm (threads)', model) / median('webgl', model),
    },
  ]),
);
// The thread ratio per round, and the target decided from its spread (a median alone hid a round
// below the target on either side of it).
const threadRatios = Object.fromEntries(
  models.map((model) => {
    const mine = runs.filter((r) => r.model === model);
    const perRound = perRoundRatios(
      mine,
      (r) => r.setup,
      'wasm (threads)',
      'wasm (1 thread)',
      (r) => r.samplesPerSecond,
    );
    const ratio = spread(perRound.map((r) => r.ratio));
    return [model, { perRound, ratio, target: threadTarget, verdict: targetVerdict(ratio, threadTarget) }];
  }),
);
const machine = machineDescription();
const matmul = Object.fromEntries(
  setups
    .filter((s) => s.backend === 'wasm')
    .flatMap((setup) =>
      matmulShapes.map((shape) => [
        `${setup.label} ${shape.join('x')}`,
        spread(matmulRuns.filter((r) => r.setup === setup.label && r.shape === shape.join('x')).map((r) => r.gflops)),
      ]),
    ),
);
// Each run keeps its setup's WASM threads and isolation (`threads`, `crossOriginIsolated`).
const report = {
  date,
  machine: machineRecord(),
  browser: browserUsed(browser),
  setups,
  models,
  budgetMs,
  rounds,
  summary,
  // Ratios of the medians (as files before the per-round ratio kept them); threadRatios is per round.
  ratios,
  threadRatios,
  matmul,
  runs,
  matmulRuns,
  profiles,
};
const file = writeResults('engine', report);

console.log(
  `\nTraining throughput, items/s at batch 64 unless named (median (range, n)), ${machine}, headless Chromium:\n`,
);
const labels = setups.map((s) => s.label).join(' | ');
console.log(`| detector | ${labels} | threads / 1 thread (per round) | WASM / WebGL |`);
console.log(`|---|${setups.map(() => '---').join('|')}|---|---|`);
for (const model of models) {
  const cells = setups.map((s) =>
    summary[`${s.label} ${model}`] ? formatSpread(summary[`${s.label} ${model}`].itemsPerSecond) : 'n/a',
  );
  const threads = threadRatios[model].ratio.runs.length ? formatSpread(threadRatios[model].ratio, 3) : 'n/a';
  const overWebgl = ratios[model].wasmOverWebgl;
  const webgl = Number.isFinite(overWebgl) ? `${overWebgl.toFixed(2)}x` : 'n/a';
  console.log(`| ${model} | ${cells.join(' | ')} | ${threads} | ${webgl} |`);
}
console.log(`\nThreads / 1 thread against the ${threadTarget}x target, decided from the per-round spread:\n`);
console.log('| detector | per round | median (min–max, n) | verdict |');
console.log('|---|---|---|---|');
for (const model of models) {
  const { perRound, ratio, verdict } = threadRatios[model];
  const each = perRound.map((r) => r.ratio.toFixed(3)).join(', ') || 'n/a';
  const figure = perRound.length ? formatSpread(ratio, 3) : 'n/a';
  console.log(`| ${model} | ${each} | ${figure} | ${verdict} |`);
}
if (matmulRuns.length) {
  console.log('\nMatrix products alone on WASM, GFLOP/s (median (range, n)):\n');
  for (const [key, value] of Object.entries(matmul)) console.log(`- ${key}: ${formatSpread(value)}`);
}
for (const { setup, model, kernels, pool } of profiles) {
  const total = kernels.reduce((sum, k) => sum + k.ms, 0);
  const top = kernels.slice(0, 6).map((k) => `${k.kernel} ${k.ms.toFixed(2)} (${Math.round(k.calls)}x)`);
  console.log(`- ${setup} ${model}: ${total.toFixed(2)} ms of kernels a step; ${top.join(', ')}`);
  // The lab's own kernels inside those (profiled without tf.profile): ms a step, and the helpers' share.
  const share = (k) => (k.units ? `${Math.round((100 * k.helped) / k.units)}% helped` : '');
  const lab = pool.map((k) => `${k.kernel} ${k.ms.toFixed(2)} (${Math.round(k.calls)}x, ${share(k)})`);
  if (lab.length) console.log(`  lab pool: ${lab.join(', ')}`);
}
console.log(
  `\nWASM threads when isolated: ${runs.find((r) => r.setup === 'wasm (threads)')?.threads ?? 'n/a'}. Raw: ${file}`,
);
