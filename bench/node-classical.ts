/**
 * `npm run bench:classical`: every classical detector (and their rank ensemble) on MNIST (each
 * digit normal), the Penguins sample (Adelie normal) and scikit-learn's wine and digits splits
 * (fixtures/sklearn), through the lab's own session on tfjs's WASM backend in Node; the "Run all
 * classical" time on MNIST digit 1, three runs. It writes its report and the splits it used (so
 * scripts/sklearn-baselines.py can score scikit-learn's IsolationForest, PCA and OneClassSVM on
 * exactly the same rows) into a working folder, classical.json and splits.json: scripts/bench-classical.mjs
 * names one for each run and writes the run's results file from them.
 * Usage: node bench/node-classical-dist/node-classical.js --out=<folder> [--backend=cpu]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { nodeTensorflow } from './nodeBackend';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const backendChoice = arg('backend') ?? 'wasm';
const outDir = arg('out');

async function main() {
  if (!outDir) throw new Error('--out=<folder> is required (scripts/bench-classical.mjs gives one)');
  const tf = await nodeTensorflow(backendChoice);
  const { defaultConfig } = await import('../src/core/config');
  const { decodeMnistAsset } = await import('../src/core/data/mnist');
  const { oneClassSplit } = await import('../src/core/data/split');
  const { parseCsvTable } = await import('../src/core/data/csv/parse');
  const { defaultPlan } = await import('../src/core/data/csv/plan');
  const { auroc, buildScoreIndex } = await import('../src/core/detect/metrics');
  const { detectors } = await import('../src/core/detectors/registry');
  const { rankEnsemble } = await import('../src/core/detectors/ensemble/combine');
  const { LabSession } = await import('../src/core/lab/session');
  const { buildTableRun } = await import('../src/core/lab/tableSet');
  const { tableRunConfig } = await import('../src/core/lab/tableSizing');
  const { median } = await import('./median');

  type Scores = { id: string; testScores: Float32Array; trainScores: Float32Array; fitMs: number; scoreMs: number };
  const ids = detectors.filter((d) => d.family === 'classical').map((d) => d.id);
  const config = defaultConfig();
  const session = new LabSession();

  /** Every classical detector on the session's current data: AUROC and times each, and the ensemble's AUROC. */
  async function runAll(isAnomaly: Uint8Array, cfg = config) {
    const results: Scores[] = [];
    const started = performance.now();
    await session.scoreClassical(ids, cfg, { onProgress: () => {}, onResult: (r) => void results.push(r) });
    const wallMs = performance.now() - started;
    const rows = results.map((r) => ({
      id: r.id,
      auroc: auroc(buildScoreIndex(r.testScores, isAnomaly)),
      fitMs: r.fitMs,
      scoreMs: r.scoreMs,
    }));
    const ensemble = auroc(buildScoreIndex(rankEnsemble(results).testScores, isAnomaly));
    return { rows, ensemble, wallMs };
  }

  const report: Record<string, unknown> = {
    date: new Date().toISOString().slice(0, 10),
    backend: tf.getBackend(),
    // The engine's settings as this run had them (WASM threads and SIMD among them).
    tfFlags: tf.env().getFlags(),
    detectors: ids,
  };
  const splits: Record<string, unknown> = {};

  // MNIST, each digit normal; the split the lab draws (seed 42), recorded for scikit-learn.
  const mnist = decodeMnistAsset(readFileSync('public/mnist.bin').buffer as ArrayBuffer, 'MNIST');
  if (!mnist.ok) throw new Error(mnist.reason);
  session.setDataset(mnist.data);
  const mnistRows = [];
  for (let digit = 0; digit < 10; digit += 1) {
    const cfg = { ...config, normal: [digit] };
    const prepared = session.prepare(cfg);
    const split = oneClassSplit({ labels: mnist.data.labels, normalClasses: [digit], seed: cfg.seed });
    splits[`mnist-${digit}`] = {
      train: [...split.fitIndices, ...split.validationIndices],
      test: [...split.testIndices],
      isAnomaly: [...split.testIsAnomaly],
    };
    const result = await runAll(prepared.testIsAnomaly, cfg);
    mnistRows.push({ digit, ...result });
    console.log(`MNIST ${digit}: ${result.rows.map((r) => `${r.id} ${(r.auroc * 100).toFixed(1)}`).join(', ')}`);
  }
  report.mnist = mnistRows;

  // "Run all classical" on digit 1, three more times: median and range of the wall time.
  const one = { ...config, normal: [1] };
  const timings: number[] = [];
  for (let i = 0; i < 3; i += 1) timings.push((await runAll(session.prepare(one).testIsAnomaly, one)).wallMs);
  report.runAllDigit1 = {
    runs: timings,
    medianMs: median(timings),
    minMs: Math.min(...timings),
    maxMs: Math.max(...timings),
  };
  console.log(`Run all classical, digit 1: ${timings.map((t) => (t / 1000).toFixed(1)).join(', ')} s`);

  /** A prepared set of rows (a table run, or a fixture's split) through the session. */
  async function onRows(name: string, fit: Float32Array, test: Float32Array, width: number, isAnomaly: Uint8Array) {
    session.setTrainingSet(name, () => ({
      featureCount: width,
      fit,
      validation: new Float32Array(0),
      test,
      samples: new Float32Array(0),
      outputActivation: 'linear',
      testIsAnomaly: isAnomaly,
    }));
    const result = await runAll(isAnomaly);
    // The dense autoencoder on the same rows, sized for the table as the lab sizes it.
    const aeConfig = tableRunConfig(defaultConfig('dense-ae'), width, fit.length / width);
    let aeScores: Float32Array | null = null;
    const started = performance.now();
    await session.train(aeConfig, {
      onStepLosses: () => {},
      onEpoch: () => {},
      onSamples: () => {},
      onScores: (s) => void (aeScores = s.testScores),
    });
    const denseAe = { auroc: auroc(buildScoreIndex(aeScores!, isAnomaly)), fitMs: performance.now() - started };
    await session.reset();
    console.log(
      `${name}: ${result.rows.map((r) => `${r.id} ${(r.auroc * 100).toFixed(1)}`).join(', ')}, ` +
        `dense AE ${(denseAe.auroc * 100).toFixed(1)}`,
    );
    return { ...result, denseAe };
  }

  // Penguins: Adelie normal, the lab's default table plan; the encoded rows go to scikit-learn as they are.
  const parsed = await parseCsvTable(readFileSync('public/samples/penguins.csv', 'utf8'));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.reason));
  const plan = { ...defaultPlan(parsed.table), labelColumn: 0, normalValues: ['Adelie'] };
  const run = buildTableRun(parsed.table, plan, config, 'penguins');
  const width = run.set.featureCount;
  const fit = new Float32Array([...run.set.fit, ...run.set.validation]);
  report.penguins = await onRows('penguins', fit, run.set.test, width, run.set.testIsAnomaly);
  const rowsOf = (values: Float32Array) =>
    Array.from({ length: values.length / width }, (_, r) => Array.from(values.subarray(r * width, (r + 1) * width)));
  splits.penguins = { trainRows: rowsOf(fit), testRows: rowsOf(run.set.test), isAnomaly: [...run.set.testIsAnomaly] };

  // scikit-learn's own sets, split as in fixtures/sklearn (its AUROCs there are on the same rows).
  for (const name of ['wine', 'digits']) {
    const fixture = JSON.parse(readFileSync(`fixtures/sklearn/${name}.json`, 'utf8'));
    const w = fixture.train[0].length;
    report[name] = {
      ...(await onRows(
        name,
        Float32Array.from(fixture.train.flat()),
        Float32Array.from(fixture.test.flat()),
        w,
        Uint8Array.from(fixture.labels),
      )),
      sklearn: { iforest: fixture.auroc.iforest, pca: fixture.auroc.pca, ocsvm: fixture.auroc.ocsvm },
    };
  }

  mkdirSync(outDir, { recursive: true });
  writeFileSync(`${outDir}/classical.json`, `${JSON.stringify(report, null, 1)}\n`);
  writeFileSync(`${outDir}/splits.json`, JSON.stringify(splits));
  session.dispose();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
