/**
 * `npm run bench:classical` (scripts/bench-classical.mjs runs this bundle): every classical detector,
 * their rank ensemble and the dense autoencoder, each through the lab's own session on tfjs's WASM
 * backend in Node, for every seed:
 *   MNIST and Fashion-MNIST: the evaluation half of the bundled pool (src/core/data/poolHalves.ts;
 *     settings are chosen on the tuning half by bench:tune), each class normal in turn;
 *   Penguins: each species normal in turn, split by the seed;
 *   scikit-learn's wine and digits splits (fixtures/sklearn): fixed rows, only the models follow the seed.
 * Then "Run all classical" on MNIST digit 1 of the evaluation half, three times.
 * It writes into the working folder it is given: classical.json (every run: detector, data, class,
 * seed, AUROC, fit time) and splits.json (the exact rows of each run and each detector's settings),
 * from which scripts/sklearn-baselines.py scores scikit-learn's counterparts on the same rows.
 * Usage: node bench/node-classical-dist/node-classical.js --out=<folder> [--seeds=42,43,44]
 *   [--datasets=mnist,fashion,penguins,wine,digits] [--classes=0,...,9] [--backend=wasm]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { TrainingSet } from '../src/core/lab/sessionTypes';
import { nodeTensorflow } from './nodeBackend';
import { penguinsBySpecies } from './penguins';

const option = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const numbers = (text: string) => text.split(',').filter(Boolean).map(Number);

async function main() {
  const outDir = option('out', '');
  if (!outDir) throw new Error('--out=<folder> is required (scripts/bench-classical.mjs gives one)');
  const seeds = numbers(option('seeds', '42,43,44'));
  const datasets = option('datasets', 'mnist,fashion,penguins,wine,digits').split(',');
  const imageClasses = numbers(option('classes', '0,1,2,3,4,5,6,7,8,9'));
  const tf = await nodeTensorflow(option('backend', 'wasm'));
  const { defaultConfig, withModel } = await import('../src/core/config');
  type LabConfig = ReturnType<typeof defaultConfig>;
  const { decodeMnistAsset } = await import('../src/core/data/mnist');
  const { poolHalf, poolHalfIndices } = await import('../src/core/data/poolHalves');
  const { oneClassSplit } = await import('../src/core/data/split');
  const { defaultPlan } = await import('../src/core/data/csv/plan');
  const { auroc, buildScoreIndex } = await import('../src/core/detect/metrics');
  const { detectors, specOf } = await import('../src/core/detectors/registry');
  const { rankEnsemble } = await import('../src/core/detectors/ensemble/combine');
  const { paramsOf } = await import('../src/core/lab/classicalRun');
  const { LabSession } = await import('../src/core/lab/session');
  const { buildTableRun } = await import('../src/core/lab/tableSet');
  const { tableRunConfig } = await import('../src/core/lab/tableSizing');
  const { median } = await import('./median');
  const { fashion } = await import('../src/core/sources/fashion/spec');

  type Scores = { id: string; testScores: Float32Array; trainScores: Float32Array; fitMs: number; scoreMs: number };
  type Run = { detector: string; dataset: string; class: string; seed: number; auroc: number; fitMs: number };
  const ids = detectors.filter((d) => d.family === 'classical').map((d) => d.id);
  const session = new LabSession();
  const runs: Run[] = [];
  const splits: Record<string, unknown>[] = [];
  const percent = (v: number) => (v * 100).toFixed(1);

  /** Every classical detector on the session's current data, in one "Run all classical": results and wall time. */
  async function runAll(config: LabConfig) {
    const results: Scores[] = [];
    const started = performance.now();
    await session.scoreClassical(ids, config, { onProgress: () => {}, onResult: (r) => void results.push(r) });
    return { results, wallMs: performance.now() - started };
  }

  /** The dense autoencoder trained on the session's current data: its test scores and training time. */
  async function denseAe(config: LabConfig) {
    let scores: Float32Array | null = null;
    const started = performance.now();
    const ignore = () => {};
    await session.train(config, {
      onStepLosses: ignore,
      onEpoch: ignore,
      onSamples: ignore,
      onScores: (s) => void (scores = s.testScores),
    });
    const fitMs = performance.now() - started;
    await session.reset();
    if (!scores) throw new Error('the dense autoencoder gave no scores');
    return { testScores: scores as Float32Array, fitMs };
  }

  /** One cell (data, class, seed) on the session's data: a run per classical detector, the ensemble, the AE. */
  async function cell(
    where: Omit<Run, 'detector' | 'auroc' | 'fitMs'>,
    config: LabConfig,
    ae: LabConfig,
    isAnomaly: Uint8Array,
  ) {
    const score = (s: Float32Array) => auroc(buildScoreIndex(s, isAnomaly));
    const { results } = await runAll(config);
    const done: Run[] = results.map((r) => ({ detector: r.id, ...where, auroc: score(r.testScores), fitMs: r.fitMs }));
    // The ensemble fits nothing of its own: its fit is its members' fits.
    const members = results.reduce((sum, r) => sum + r.fitMs, 0);
    done.push({ detector: 'ensemble', ...where, auroc: score(rankEnsemble(results).testScores), fitMs: members });
    const trained = await denseAe(ae);
    done.push({ detector: 'dense-ae', ...where, auroc: score(trained.testScores), fitMs: trained.fitMs });
    runs.push(...done);
    const figures = done.map((r) => `${r.detector} ${percent(r.auroc)}`).join(', ');
    console.log(`${where.dataset} ${where.class} seed ${where.seed}: ${figures}`);
  }

  // ---- images: the evaluation half of each pool ----------------------------------------------
  let runAllDigit1: Record<string, unknown> | null = null;
  for (const dataset of (['mnist', 'fashion'] as const).filter((d) => datasets.includes(d))) {
    const decoded = decodeMnistAsset(readFileSync(`public/${dataset}.bin`).buffer as ArrayBuffer, dataset);
    if (!decoded.ok) throw new Error(decoded.reason);
    const pool = poolHalf(decoded.data, 'evaluation');
    // Positions in the half, mapped back to the bundled file's, so scikit-learn reads the same images.
    const original = poolHalfIndices(decoded.data.labels, 'evaluation');
    session.setDataset(pool);
    for (const normal of imageClasses) {
      for (const seed of seeds) {
        const config = { ...defaultConfig(), normal: [normal], seed };
        const prepared = session.prepare(config);
        // The split the session drew (sessionData.ts prepare), drawn again for its indices.
        const split = oneClassSplit({
          labels: pool.labels,
          normalClasses: [normal],
          seed,
          contaminationPercent: config.contamination,
          limit: config.limit,
          testLimit: config.testlimit,
        });
        if (split.testIsAnomaly.some((v, i) => v !== prepared.testIsAnomaly[i])) throw new Error('split mismatch');
        splits.push({
          dataset,
          class: String(normal),
          seed,
          imageSide: pool.side,
          trainIndices: [...split.fitIndices, ...split.validationIndices].map((i) => original[i]),
          testIndices: [...split.testIndices].map((i) => original[i]),
          isAnomaly: [...split.testIsAnomaly],
        });
        const ae = { ...defaultConfig('dense-ae'), normal: [normal], seed };
        await cell({ dataset, class: String(normal), seed }, config, ae, prepared.testIsAnomaly);
      }
    }
    if (dataset !== 'mnist') continue;
    // "Run all classical" on digit 1: three more runs, median and range of the wall time.
    const one = { ...defaultConfig(), normal: [1], seed: seeds[0] };
    const rows = session.prepare(one).counts;
    const timings: number[] = [];
    for (let i = 0; i < 3; i += 1) timings.push((await runAll(one)).wallMs);
    const range = { minMs: Math.min(...timings), maxMs: Math.max(...timings) };
    runAllDigit1 = { seed: seeds[0], runs: timings, medianMs: median(timings), ...range, rows };
    console.log(`Run all classical, MNIST digit 1: ${timings.map((t) => (t / 1000).toFixed(1)).join(', ')} s`);
  }

  // ---- tables --------------------------------------------------------------------------------
  const rowsOf = (values: Float32Array, width: number) =>
    Array.from({ length: values.length / width }, (_, r) => Array.from(values.subarray(r * width, (r + 1) * width)));
  /** A table cell: the rows as the session holds them, recorded for scikit-learn. */
  async function tableCell(where: Omit<Run, 'detector' | 'auroc' | 'fitMs'>, key: string, set: TrainingSet) {
    session.setTrainingSet(key, () => set);
    const width = set.featureCount;
    // Classical detectors fit on fit + validation (classicalRun.ts): so does scikit-learn.
    const train = new Float32Array([...set.fit, ...set.validation]);
    splits.push({
      ...where,
      trainRows: rowsOf(train, width),
      testRows: rowsOf(set.test, width),
      isAnomaly: [...set.testIsAnomaly],
    });
    const config = { ...defaultConfig(), seed: where.seed };
    // The dense autoencoder sized for the table as the lab sizes it.
    const ae = tableRunConfig({ ...defaultConfig('dense-ae'), seed: where.seed }, width, train.length / width);
    await cell(where, config, ae, set.testIsAnomaly);
  }

  if (datasets.includes('penguins')) {
    const { table: penguins, labelColumn, species } = await penguinsBySpecies();
    for (const normal of species) {
      for (const seed of seeds) {
        const plan = { ...defaultPlan(penguins), labelColumn, normalValues: [normal] };
        const run = buildTableRun(penguins, plan, { ...defaultConfig(), seed }, `penguins-${normal}-${seed}`);
        await tableCell({ dataset: 'penguins', class: normal, seed }, run.key, run.set);
      }
    }
  }
  for (const name of ['wine', 'digits'].filter((d) => datasets.includes(d))) {
    const fixture = JSON.parse(readFileSync(`fixtures/sklearn/${name}.json`, 'utf8'));
    const width = fixture.train[0].length;
    const set: TrainingSet = {
      featureCount: width,
      fit: Float32Array.from(fixture.train.flat()),
      validation: new Float32Array(0),
      test: Float32Array.from(fixture.test.flat()),
      samples: new Float32Array(0),
      outputActivation: 'linear',
      testIsAnomaly: Uint8Array.from(fixture.labels),
    };
    // The fixture's normal class (scripts/sklearn-reference.py): wine class 0, digits 8.
    const normal = name === 'wine' ? '0' : '8';
    for (const seed of seeds) await tableCell({ dataset: name, class: normal, seed }, `fixture-${name}`, set);
  }

  // Each detector's settings as the lab ran them (its own defaults), for scikit-learn to match.
  const params = Object.fromEntries(ids.map((id) => [id, paramsOf(specOf(id), withModel(defaultConfig(), id))]));
  const report = {
    date: new Date().toISOString().slice(0, 10),
    backend: tf.getBackend(),
    // The engine's settings as this run had them (WASM threads and SIMD among them).
    tfFlags: tf.env().getFlags(),
    detectors: ids,
    seeds,
    datasets,
    imageClasses,
    // Fashion-MNIST's class names as the lab shows them, for the report's rows.
    classNames: { fashion: fashion.classNames },
    params,
    runs,
    runAllDigit1,
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(`${outDir}/classical.json`, `${JSON.stringify(report, null, 1)}\n`);
  writeFileSync(`${outDir}/splits.json`, JSON.stringify({ params, splits }));
  session.dispose();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
