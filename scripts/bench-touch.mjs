// `npm run bench:touch`: what the probe and the playground cost on each backend, in headless Chromium:
// the probe's round trip from a drawing to its score (page -> worker -> page, after a short run of the
// detector on MNIST digit 1; 30 strokes, the first apart as it compiles the batch shape), and each
// detector's refresh of the playground's 64 x 64 field in the worker (after a run on the moons; 10
// refreshes, the first apart). Rounds interleave the backends (a fresh page per backend and round);
// figures are the median over the rounds of each round's median, with the range.
// Options: --backends=wasm,webgl --rounds=3 --probe=dense-ae,conv-ae --fields=<ids> --port=4398
// Writes bench/results/<date>T<time>-<commit>-touch.json and .md (a new file every run).
import { arg, buildOrExit, browserUsed, launch, machineDescription, openBenchPage, serve } from './bench-browser.mjs';
import { machineRecord, writeResults } from './results-file.mjs';
import { formatSpread, spread } from './bench-stats.mjs';

const backends = arg('backends', 'wasm,webgl').split(',');
const rounds = Number(arg('rounds', 3));
const probeModels = arg('probe', 'dense-ae,conv-ae').split(',');
const port = Number(arg('port', 4398));
const draws = 30;
const repeats = 10;

buildOrExit(['--config', 'bench/vite.config.ts', '--logLevel', 'error']);
const server = await serve(port, 'bench', 'bench/dist');
const browser = await launch();
const runs = [];
try {
  for (let round = 1; round <= rounds; round += 1) {
    for (const backend of backends) {
      const page = await openBenchPage(browser, `http://127.0.0.1:${port}/bench/`);
      const active = await page.evaluate((b) => window.bench.init(b, 'mnist'), backend);
      // Every one-pass detector that takes rows without labels, as the playground's grid lists them, and the dense AE.
      const fieldModels = arg('fields', '')
        ? arg('fields', '').split(',')
        : [
            'dense-ae',
            ...(await page.evaluate(() => window.bench.detectors()))
              .filter(
                (d) =>
                  d.family === 'classical' && d.accepts.includes('row') && !d.unsupportedBackends.includes(backend),
              )
              .map((d) => d.id),
          ];
      for (const model of probeModels) {
        const found = await page.evaluate(([m, n]) => window.bench.probeLatency(m, n), [model, draws]);
        runs.push({ round, backend: active.worker, kind: 'probe', model, ...found });
        console.log(
          `round ${round} ${active.worker} probe ${model}: ${found.median.toFixed(1)} ms (first ${found.first.toFixed(0)})`,
        );
      }
      for (const model of fieldModels) {
        const found = await page.evaluate(([m, n]) => window.bench.fieldRefresh(m, n), [model, repeats]);
        runs.push({ round, backend: active.worker, kind: 'field', model, ...found });
        console.log(`round ${round} ${active.worker} field ${model}: ${found.median.toFixed(1)} ms`);
      }
      await page.close();
    }
  }
  const cell = (kind, model, backend) => {
    const mine = runs.filter((r) => r.kind === kind && r.model === model && r.backend === backend).map((r) => r.median);
    if (!mine.length) return '–';
    const s = spread(mine);
    return formatSpread(s, s.median < 10 ? 1 : 0);
  };
  const used = [...new Set(runs.map((r) => r.backend))];
  const lines = ['# Teaching by touch: probe latency and field refresh', ''];
  lines.push(
    `Measured on ${machineDescription()}, ${browserUsed(browser).name} ${browser.version()}; ${rounds} rounds ` +
      `interleaving ${used.join(' and ')} (a fresh page each); median over the rounds of each round's median ` +
      '(range, rounds); milliseconds.',
    '',
    `## Probe: a stroke to its score (page -> worker -> page), ${draws - 1} strokes a round after the first`,
    '',
    `| detector | ${used.join(' | ')} |`,
    `|---|${used.map(() => '---').join('|')}|`,
    ...probeModels.map((m) => `| ${m} | ${used.map((b) => cell('probe', m, b)).join(' | ')} |`),
    '',
    `## Field refresh: scoring the 64 x 64 grid in the worker, ${repeats - 1} refreshes a round after the first`,
    '',
    `| detector | ${used.join(' | ')} |`,
    `|---|${used.map(() => '---').join('|')}|`,
    ...[...new Set(runs.filter((r) => r.kind === 'field').map((r) => r.model))].map(
      (m) => `| ${m} | ${used.map((b) => cell('field', m, b)).join(' | ')} |`,
    ),
    '',
  );
  writeResults(
    'touch',
    { machine: machineRecord(), browser: browserUsed(browser), rounds, draws, repeats, runs },
    lines.join('\n'),
  );
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  server.kill();
}
