/**
 * The sequence sweeps of `npm run bench:tune` (bench/node-tune.ts runs them): `rowscore` and the
 * LSTM autoencoder's epochs, both first chosen on the very series bench:series reports.
 *   tuning data:     sensor series from the shipped sample's generator (scripts/make-series-samples.mjs)
 *                    with other seeds, for the noise and for where the anomalies fall
 *   evaluation data: public/samples/synthetic-series.csv, the series the README's figures score
 * Each run is scored as bench:series' "rows" view scores it: the lab's table path in time-series
 * mode (16-row windows), each test window standing for the row it ends at and scored from its
 * covering windows (the store's viewScores, as the app's view), AUROC over those rows.
 */
import { readFileSync } from 'node:fs';
import { defaultConfig, type LabConfig } from '../src/core/config';
import { parseCsvTable } from '../src/core/data/csv/parse';
import { defaultPlan } from '../src/core/data/csv/plan';
import { auroc, buildScoreIndex } from '../src/core/detect/metrics';
import type { LabSession, ScoreResult } from '../src/core/lab/session';
import { buildTableRun } from '../src/core/lab/tableSet';
import { tableRunConfig } from '../src/core/lab/tableSizing';
import { viewScores } from '../src/store/smoothedScores';
// @ts-expect-error a plain ES module: the generator of the shipped samples (scripts/build-sample-tables.mjs)
import { seededAnomalies, sensorSeries } from '../scripts/make-series-samples.mjs';

/** The sequence detectors whose row scores come from windows (bench:series' models). */
export const sequenceModels = ['dense-ae', 'lstm-ae', 'attention-ae'] as const;
/** bench:series' window (the plan's default). */
const window = 16;

export type SeriesCase = { name: string; csv: string };
export type SeriesCell = { data: string; normal: string; seed: number; run: (seed: number) => Promise<number> };

/**
 * Tuning series made at run time: the generator is seeded and plain JS (milliseconds), so the series
 * are exactly those its seeds name, with no committed copy to keep in step with the generator.
 */
export const tuningSeries = (generatorSeeds: number[]): SeriesCase[] =>
  generatorSeeds.map((seed) => ({
    name: `sensor-series-${seed}`,
    csv: sensorSeries(seed, seededAnomalies(seed)) as string,
  }));

export const evaluationSeries = (): SeriesCase[] => [
  { name: 'synthetic-series', csv: readFileSync('public/samples/synthetic-series.csv', 'utf8') },
];

/**
 * Row-scored cells of series runs. `scoresOf` trains the session's data once and gives the raw
 * window scores. `rowscore` only maps window scores to rows, so runs are kept by everything else
 * in their configuration: both row scores of a run come from one training, and a configuration
 * met again (the shipped LSTM in both sweeps, the shipped setting on the evaluation data) is not
 * trained twice.
 */
export function seriesCells(session: LabSession, scoresOf: (config: LabConfig) => Promise<ScoreResult>) {
  const parsed = new Map<string, Awaited<ReturnType<typeof parseCsvTable>>>();
  const trained = new Map<string, Pick<ScoreResult, 'testScores' | 'trainScores'>>();

  async function seriesCell(series: SeriesCase, setting: Partial<LabConfig>, seed: number): Promise<number> {
    if (!parsed.has(series.name)) parsed.set(series.name, await parseCsvTable(series.csv));
    const result = parsed.get(series.name)!;
    if (!result.ok) throw new Error(`${series.name}: ${JSON.stringify(result.reason)}`);
    const { table } = result;
    // The plan bench:series asks the worker for: the label out of the features, windows in time order.
    const labelColumn = table.header.indexOf('anomaly');
    const base = defaultPlan(table);
    const plan = {
      ...base,
      labelColumn,
      normalValues: ['normal'],
      features: base.features.filter((c) => c !== labelColumn),
      timeSeries: true,
      window,
    };
    const config = { ...defaultConfig(setting.model), ...setting, dataset: 'csv' as const, seed };
    const run = buildTableRun(table, plan, config, `${series.name}-${seed}`);
    const { prepared } = run;
    const runConfig = tableRunConfig(config, prepared.featureNames.length * window, prepared.counts.fit);
    const key = `${series.name} ${JSON.stringify({ ...runConfig, rowscore: null })}`;
    if (!trained.has(key)) {
      session.setTrainingSet(run.key, () => run.set);
      const { testScores, trainScores } = await scoresOf(runConfig);
      trained.set(key, { testScores, trainScores });
    }
    const raw = trained.get(key)!;
    const view = viewScores({ test: raw.testScores, train: raw.trainScores }, runConfig, prepared);
    return auroc(buildScoreIndex(view?.test ?? raw.testScores, prepared.testIsAnomaly));
  }

  /** Every series with every seed, for each model (a setting naming its model runs that one only). */
  return (series: SeriesCase[], seeds: number[], setting: Partial<LabConfig>): SeriesCell[] =>
    (setting.model ? [setting.model] : sequenceModels).flatMap((model) =>
      series.flatMap((s) =>
        seeds.map((seed) => ({
          data: `${s.name} ${model}`,
          normal: 'normal',
          seed,
          run: (runSeed: number) => seriesCell(s, { ...setting, model }, runSeed),
        })),
      ),
    );
}
