/**
 * `npm run bench:tune` (scripts/bench-tune.mjs runs this bundle): every sweep that chose a shipped
 * default, run on data no reported figure scores, then the choice and the shipped default side by
 * side on the evaluation data, so the README can say what the honest choice gives.
 *   tuning data:     the tuning halves of MNIST and Fashion-MNIST (src/core/data/poolHalves.ts);
 *                    iris, breast cancer and cars (fixtures/tuning-tables, each class normal)
 *   evaluation data: the evaluation halves; Penguins (each species normal), scikit-learn's wine and
 *                    digits splits (fixtures/sklearn) — the tables the table figures report
 *   sequences (bench/tuneSeries.ts): tuning sensor series from the sample's generator with other
 *   seeds; evaluation on the shipped synthetic-series.csv, the series bench:series reports
 * Every configuration tried is kept with its score per class and seed. The lab's own session on
 * tfjs's WASM backend in Node. Usage: node bench/node-tune-dist/node-tune.js --out=<file>
 *   [--sweeps=knn-view,dense-ae-epochs,table-detector,rowscore,lstm-ae-epochs] [--tune-seeds=42]
 *   [--eval-seeds=42,43,44] [--classes=0,...,9] [--tuning-series=1,2,3 (generator seeds)]
 *   [--series-tune-seeds=42,43,44 (model seeds on them)] [--lstm-epochs=15,25,40,60]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { ScoreResult } from '../src/core/lab/session';
import { nodeMachine, nodeTensorflow } from './nodeBackend';

const option = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const numbers = (text: string) => text.split(',').filter(Boolean).map(Number);

async function main() {
  const tf = await nodeTensorflow('wasm');
  const { defaultConfig } = await import('../src/core/config');
  type LabConfig = ReturnType<typeof defaultConfig>;
  const { decodeMnistAsset } = await import('../src/core/data/mnist');
  const { poolHalf } = await import('../src/core/data/poolHalves');
  const { parseCsvTable } = await import('../src/core/data/csv/parse');
  const { defaultPlan } = await import('../src/core/data/csv/plan');
  const { auroc, buildScoreIndex } = await import('../src/core/detect/metrics');
  const { detectorsOf } = await import('../src/core/detectors/registry');
  const { LabSession } = await import('../src/core/lab/session');
  const { buildTableRun } = await import('../src/core/lab/tableSet');
  const { tableRunConfig } = await import('../src/core/lab/tableSizing');
  const { evaluationSeries, seriesCells, tuningSeries } = await import('./tuneSeries');

  const out = option('out', '');
  if (!out) throw new Error('--out=<file> is required');
  const sweeps = option('sweeps', 'knn-view,dense-ae-epochs,table-detector,rowscore,lstm-ae-epochs').split(',');
  const tuneSeeds = numbers(option('tune-seeds', '42'));
  const evalSeeds = numbers(option('eval-seeds', '42,43,44'));
  const classes = numbers(option('classes', '0,1,2,3,4,5,6,7,8,9'));
  const tuningSeriesSeeds = numbers(option('tuning-series', '1,2,3'));
  const seriesTuneSeeds = numbers(option('series-tune-seeds', '42,43,44'));
  const lstmEpochs = numbers(option('lstm-epochs', '15,25,40,60'));
  const session = new LabSession();

  /** Trains (or fits) one configuration on the session's data and returns its scores. */
  async function scoresOf(config: LabConfig): Promise<ScoreResult> {
    // Set in a callback, which TypeScript's narrowing does not follow: hence the cast.
    let scores = null as ScoreResult | null;
    const ignore = () => {};
    await session.train(config, {
      onStepLosses: ignore,
      onEpoch: ignore,
      onSamples: ignore,
      onScores: (result) => void (scores = result),
    });
    await session.reset();
    if (!scores) throw new Error(`${config.model} gave no scores`);
    return scores;
  }
  const aurocOf = async (config: LabConfig, isAnomaly: Uint8Array) =>
    auroc(buildScoreIndex((await scoresOf(config)).testScores, isAnomaly));

  // ---- data --------------------------------------------------------------------------------
  const pools = Object.fromEntries(
    (['mnist', 'fashion'] as const).map((name) => {
      const decoded = decodeMnistAsset(readFileSync(`public/${name}.bin`).buffer as ArrayBuffer, name);
      if (!decoded.ok) throw new Error(decoded.reason);
      return [name, { tuning: poolHalf(decoded.data, 'tuning'), evaluation: poolHalf(decoded.data, 'evaluation') }];
    }),
  ) as Record<'mnist' | 'fashion', Record<'tuning' | 'evaluation', ReturnType<typeof poolHalf>>>;

  /** One image cell: a dataset half, a normal class, a seed. */
  async function imageCell(half: 'tuning' | 'evaluation', dataset: 'mnist' | 'fashion', config: LabConfig) {
    session.setDataset(pools[dataset][half]);
    const prepared = session.prepare(config);
    return aurocOf(config, prepared.testIsAnomaly);
  }

  /** A labelled table's run for one normal class and seed, as the lab builds it from a dropped file. */
  type TableCase = { name: string; csv: string; label: string; normal: string };
  async function tableCell(table: TableCase, config: LabConfig) {
    const parsed = await parseCsvTable(table.csv);
    if (!parsed.ok) throw new Error(`${table.name}: ${JSON.stringify(parsed.reason)}`);
    const labelColumn = parsed.table.header.indexOf(table.label);
    const plan = { ...defaultPlan(parsed.table), labelColumn, normalValues: [table.normal] };
    const run = buildTableRun(parsed.table, plan, config, `${table.name}-${table.normal}-${config.seed}`);
    session.setTrainingSet(run.key, () => run.set);
    const trainCount = (run.set.fit.length + run.set.validation.length) / run.set.featureCount;
    return aurocOf(tableRunConfig(config, run.set.featureCount, trainCount), run.set.testIsAnomaly);
  }

  /** A fixed split of scikit-learn's (fixtures/sklearn): only the model's initialisation follows the seed. */
  async function fixtureCell(name: string, config: LabConfig) {
    const fixture = JSON.parse(readFileSync(`fixtures/sklearn/${name}.json`, 'utf8'));
    const width = fixture.train[0].length;
    const fit = Float32Array.from(fixture.train.flat());
    const isAnomaly = Uint8Array.from(fixture.labels);
    session.setTrainingSet(`fixture-${name}`, () => ({
      featureCount: width,
      fit,
      validation: new Float32Array(0),
      test: Float32Array.from(fixture.test.flat()),
      samples: new Float32Array(0),
      outputActivation: 'linear',
      testIsAnomaly: isAnomaly,
    }));
    return aurocOf(tableRunConfig(config, width, fit.length / width), isAnomaly);
  }

  const labelledTable = (name: string, path: string, label: string): TableCase[] => {
    const csv = readFileSync(path, 'utf8');
    const labelIndex = csv.split('\n')[0].split(',').indexOf(label);
    const values = [
      ...new Set(
        csv
          .trim()
          .split('\n')
          .slice(1)
          .map((line) => line.split(',')[labelIndex]),
      ),
    ];
    return values.sort().map((normal) => ({ name, csv, label, normal }));
  };
  const tuningTables = [
    ...labelledTable('iris', 'fixtures/tuning-tables/iris.csv', 'label'),
    ...labelledTable('breast-cancer', 'fixtures/tuning-tables/breast-cancer.csv', 'label'),
    ...labelledTable('cars', 'fixtures/tuning-tables/cars.csv', 'label'),
  ];
  const evaluationTables = labelledTable('penguins', 'public/samples/penguins.csv', 'Species');

  // ---- sweeps ------------------------------------------------------------------------------
  type Cell = { data: string; normal: string; seed: number; auroc: number };
  type Tried = { setting: Record<string, unknown>; cells: Cell[]; mean: number };
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

  /** Runs one configuration over cells, logging each. */
  async function tryOn(
    setting: Record<string, unknown>,
    cells: { data: string; normal: string; seed: number; run: (seed: number) => Promise<number> }[],
  ): Promise<Tried> {
    const done: Cell[] = [];
    for (const cell of cells) {
      const value = await cell.run(cell.seed);
      done.push({ data: cell.data, normal: cell.normal, seed: cell.seed, auroc: value });
    }
    const tried = { setting, cells: done, mean: mean(done.map((c) => c.auroc)) };
    console.log(`  ${JSON.stringify(setting)}: mean AUROC ${(tried.mean * 100).toFixed(2)} over ${done.length} runs`);
    return tried;
  }

  const imageCells = (half: 'tuning' | 'evaluation', seeds: number[], setting: Partial<LabConfig>) =>
    (['mnist', 'fashion'] as const).flatMap((dataset) =>
      classes.flatMap((normal) =>
        seeds.map((seed) => ({
          data: `${dataset}-${half}`,
          normal: String(normal),
          seed,
          run: (s: number) =>
            imageCell(half, dataset, { ...defaultConfig(setting.model), ...setting, normal: [normal], seed: s }),
        })),
      ),
    );
  const tableCells = (tables: TableCase[], seeds: number[], setting: Partial<LabConfig>, fixtures: string[]) => [
    ...tables.flatMap((table) =>
      seeds.map((seed) => ({
        data: table.name,
        normal: table.normal,
        seed,
        run: (s: number) => tableCell(table, { ...defaultConfig(setting.model), ...setting, seed: s }),
      })),
    ),
    ...fixtures.flatMap((name) =>
      seeds.map((seed) => ({
        data: name,
        normal: 'fixture',
        seed,
        run: (s: number) => fixtureCell(name, { ...defaultConfig(setting.model), ...setting, seed: s }),
      })),
    ),
  ];

  /**
   * A sweep: every setting on the tuning cells, the best mean chosen (the shipped default kept on
   * a tie), then the choice and the shipped default on the evaluation cells.
   */
  async function sweep(
    name: string,
    settings: Record<string, unknown>[],
    shipped: Record<string, unknown>,
    tuningCells: (setting: Record<string, unknown>) => Parameters<typeof tryOn>[1],
    evaluationCells: (setting: Record<string, unknown>) => Parameters<typeof tryOn>[1],
  ) {
    console.log(`${name}: ${settings.length} settings on the tuning data`);
    const tried: Tried[] = [];
    for (const setting of settings) tried.push(await tryOn(setting, tuningCells(setting)));
    const same = (a: Record<string, unknown>, b: Record<string, unknown>) => JSON.stringify(a) === JSON.stringify(b);
    const best = tried.reduce((a, b) => (b.mean > a.mean || (b.mean === a.mean && same(b.setting, shipped)) ? b : a));
    console.log(`${name}: chosen ${JSON.stringify(best.setting)}; on the evaluation data:`);
    const evaluated = [await tryOn(best.setting, evaluationCells(best.setting))];
    if (!same(best.setting, shipped)) evaluated.push(await tryOn(shipped, evaluationCells(shipped)));
    return { name, shipped, chosen: best.setting, tuning: tried, evaluation: evaluated };
  }

  const results = [];
  if (sweeps.includes('knn-view')) {
    const settings = [0, 0.5, 1, 1.5, 2].flatMap((blur) =>
      ['euclidean', 'cosine'].map((metric) => ({ model: 'knn', blur, metric })),
    );
    results.push(
      await sweep(
        'knn-view',
        settings,
        { model: 'knn', blur: 1, metric: 'cosine' },
        (s) => imageCells('tuning', tuneSeeds, s as Partial<LabConfig>),
        (s) => imageCells('evaluation', evalSeeds, s as Partial<LabConfig>),
      ),
    );
  }
  if (sweeps.includes('dense-ae-epochs')) {
    const settings = [10, 25, 50, 100].map((epochs) => ({ model: 'dense-ae', epochs }));
    results.push(
      await sweep(
        'dense-ae-epochs',
        settings,
        { model: 'dense-ae', epochs: 50 },
        (s) => imageCells('tuning', tuneSeeds, s as Partial<LabConfig>),
        (s) => imageCells('evaluation', evalSeeds, s as Partial<LabConfig>),
      ),
    );
  }
  if (sweeps.includes('table-detector')) {
    // Every detector that takes rows and fits in one pass, and the dense autoencoder the lab
    // sizes for a table; the sequence models and GANs are not candidates for a plain table.
    const candidates = ['dense-ae', ...detectorsOf('classical').map((d) => d.id)];
    const settings = candidates.map((model) => ({ model }));
    results.push(
      await sweep(
        'table-detector',
        settings,
        { model: 'dense-ae' },
        (s) => tableCells(tuningTables, [42, 43, 44], s as Partial<LabConfig>, []),
        (s) => tableCells(evaluationTables, evalSeeds, s as Partial<LabConfig>, ['wine', 'digits']),
      ),
    );
  }
  // The sequence defaults, on sensor series no reported figure scores (bench/tuneSeries.ts).
  const seriesOf = seriesCells(session, scoresOf);
  const seriesTuning = tuningSeries(tuningSeriesSeeds);
  const seriesEvaluation = evaluationSeries();
  if (sweeps.includes('rowscore')) {
    // One field serves every sequence model, so one setting, scored over all three at their defaults.
    results.push(
      await sweep(
        'rowscore',
        [{ rowscore: 'max' }, { rowscore: 'mean' }],
        { rowscore: 'mean' },
        (s) => seriesOf(seriesTuning, seriesTuneSeeds, s as Partial<LabConfig>),
        (s) => seriesOf(seriesEvaluation, evalSeeds, s as Partial<LabConfig>),
      ),
    );
  }
  if (sweeps.includes('lstm-ae-epochs')) {
    // Rows scored by the shipped rowscore, whatever the sweep above chose: one setting moves at a time.
    results.push(
      await sweep(
        'lstm-ae-epochs',
        lstmEpochs.map((epochs) => ({ model: 'lstm-ae', epochs })),
        { model: 'lstm-ae', epochs: 40 },
        (s) => seriesOf(seriesTuning, seriesTuneSeeds, s as Partial<LabConfig>),
        (s) => seriesOf(seriesEvaluation, evalSeeds, s as Partial<LabConfig>),
      ),
    );
  }

  writeFileSync(
    out,
    JSON.stringify({
      machine: nodeMachine(),
      backend: tf.getBackend(),
      engine: 'the lab session (its WASM kernels where the detector uses them) on tfjs-backend-wasm in Node',
      tuneSeeds,
      evalSeeds,
      classes,
      series: { tuning: seriesTuning.map((s) => s.name), seeds: seriesTuneSeeds },
      sweeps: results,
    }),
  );
  session.dispose();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
