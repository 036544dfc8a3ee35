import * as Comlink from 'comlink';
import type { Remote } from 'comlink';
import { defaultConfig, type BackendChoice, type LabConfig } from '../src/core/config';
import { auroc, buildScoreIndex } from '../src/core/detect/metrics';
import { tableRunConfig } from '../src/core/lab/tableSizing';
import type { LabApi } from '../src/worker/lab.worker';
import { viewScores } from '../src/store/smoothedScores';
import { trainCollecting } from './workerRun';

/**
 * `npm run bench:series` on the bench page: a sequence detector trained on the synthetic sensor
 * series in the lab's own worker (the same table path, plan and sizing as the app), its AUROC
 * overall and per injected anomaly kind, its training throughput and its run time.
 */
export interface SeriesRunOptions {
  backend: BackendChoice;
  csvUrl: string;
  labelColumn: string;
  window: number;
  overrides: Partial<LabConfig>;
}

const noop = () => {};
let started: string | null = null;

export async function seriesRun(lab: Remote<LabApi>, options: SeriesRunOptions) {
  if (started !== options.backend) {
    await lab.init(options.backend, Comlink.proxy(noop));
    started = options.backend;
  }
  const text = await (await fetch(options.csvUrl)).text();
  const loaded = await lab.loadSource(
    { kind: 'table', file: new Blob([text]), fileName: 'series.csv', options: { decimalComma: false } },
    Comlink.proxy(noop),
  );
  if (!loaded.ok || loaded.kind !== 'table') throw new Error('the series sample did not load');
  const { summary } = loaded;
  const labelColumn = summary.header.indexOf(options.labelColumn);
  const plan = {
    ...summary.plan,
    labelColumn,
    normalValues: ['normal'],
    features: summary.plan.features.filter((c) => c !== labelColumn),
    timeSeries: true,
    window: options.window,
  };
  const base = { ...defaultConfig(options.overrides.model), ...options.overrides, dataset: 'csv' as const };
  const first = await lab.prepare({ kind: 'table', config: base, plan });
  if (!first.ok || first.kind !== 'table') throw new Error(`plan refused: ${JSON.stringify(first)}`);
  const config = tableRunConfig(base, first.prepared.featureNames.length * options.window, first.prepared.counts.fit);
  const prepared = first.prepared;
  const t0 = performance.now();
  const { outcome, epochEnds, scores: result } = await trainCollecting(lab, config);
  const totalSeconds = (performance.now() - t0) / 1000;
  if (!result) throw new Error(`no scores (${outcome.status})`);
  // Steady-state throughput: windows per second between the first and the last epoch's end.
  const epochSeconds =
    epochEnds.length > 1 ? (epochEnds[epochEnds.length - 1] - epochEnds[0]) / 1000 / (epochEnds.length - 1) : NaN;
  const kinds = rowKinds(text, options.labelColumn);
  // What the detection view ranks: each test window as the row it ends at, scored from the windows
  // covering that row as the config's `rowscore` says (no smoothing), labelled by that row.
  const view = viewScores({ test: result.testScores, train: result.trainScores }, config, prepared);
  const test = view?.test ?? result.testScores;
  const normal = Array.from(test.keys()).filter((i) => !prepared.testIsAnomaly[i]);
  const perKind: Record<string, { auroc: number; rows: number }> = {};
  for (const kind of new Set(kinds.filter((k) => k !== 'normal'))) {
    const hit = Array.from(test.keys()).filter((i) => kinds[prepared.testRowNumbers[i] - 1] === kind);
    const subset = [...normal, ...hit];
    const flags = Uint8Array.from(subset, (_, k) => (k >= normal.length ? 1 : 0));
    perKind[kind] = {
      auroc: auroc(
        buildScoreIndex(
          Float32Array.from(subset, (i) => test[i]),
          flags,
        ),
      ),
      rows: hit.length,
    };
  }
  await lab.reset();
  return {
    status: outcome.status,
    auroc: auroc(buildScoreIndex(test, prepared.testIsAnomaly)),
    perKind,
    totalSeconds,
    epochs: config.epochs,
    fitWindows: prepared.counts.fit,
    windowsPerSecond: prepared.counts.fit / epochSeconds,
    testWindows: test.length,
    config: { layers: config.layers, latent: config.latent, batch: config.batch, epochs: config.epochs },
  };
}

/** The label of every data row, in file order (the sample is sorted by time). */
function rowKinds(text: string, column: string): string[] {
  const [header, ...lines] = text.trim().split('\n');
  const at = header.split(',').indexOf(column);
  return lines.map((line) => line.split(',')[at]);
}
