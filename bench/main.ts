import * as Comlink from 'comlink';
import * as tf from '@tensorflow/tfjs';
import { selectBackend, type BackendSelection } from '../src/core/backend';
import type { Engine } from '../src/core/engine/engineChoice';
import { defaultConfig, type BackendChoice, type LabConfig } from '../src/core/config';
import { detectors } from '../src/core/detectors/registry';
import { rankEnsemble } from '../src/core/detectors/ensemble/combine';
import { sourceOf, type DatasetId } from '../src/core/sources/registry';
import { encodeImageAsset, poolHalf, type PoolHalf } from '../src/core/data/poolHalves';
import { decodeMnistAsset, gatherPixels, type MnistDataset } from '../src/core/data/mnist';
import { oneClassSplit } from '../src/core/data/split';
import { auroc, buildScoreIndex, metricsAt } from '../src/core/detect/metrics';
import { fitPca, pcaScores } from '../src/core/detect/pca';
import { classify, digitLikeness } from '../src/core/gan/classifierScore';
import type { GanSnapshot } from '../src/core/detectors/gan-shared/events';
import type { PreparedSplit, ScoreResult } from '../src/core/lab/session';
import type { TrainingFeedback } from '../src/core/detect/feedback';
import { wasmPaths } from '../src/worker/wasmPaths';
import { engineRecord, startedWorker, startWorker, workerOn, type BenchEngines } from './engineWorkers';
import { epochWindows } from './epochWindows';
import { plainFitThroughput } from './plain';
import { median, watchMainThread } from './responsiveness';
import { seriesRun, type SeriesRunOptions } from './series';
import { trainCollecting } from './workerRun';
import { labelRuns, type LabelRunOptions } from './labels';
import { activeCurve, type ActiveOptions } from './activeLearning';
import { fieldRefresh, probeLatency } from './touch';
import type { ModelId } from '../src/core/detectors/registry';

/**
 * window.bench: measurements over the lab's own code (the real worker, session, loop, metrics),
 * called by scripts/bench.mjs and scripts/bench-quality.mjs from headless Chromium.
 */
/** The worker on the lab's engine: every measurement but labThroughput on another engine runs in it. */
const lab = workerOn('lab');
/** The image set loaded by init (MNIST unless another was named). */
let mnist: MnistDataset | null = null;
const pcaComponents = 32;
const noop = () => {};

/** FLOPs to train one sample of a dense AE: forward 2·in·out per layer, backward about twice that. */
function denseTrainingFlopsPerSample(inputSize: number, layers: number[], latent: number): number {
  const widths = [inputSize, ...layers, latent, ...[...layers].reverse(), inputSize];
  let multiplyAdds = 0;
  for (let i = 1; i < widths.length; i += 1) multiplyAdds += widths[i - 1] * widths[i];
  return 3 * 2 * multiplyAdds;
}

/** The image set's split for a configuration, prepared in the worker as the page asks for it. */
async function prepareImages(config: LabConfig, worker = lab): Promise<PreparedSplit> {
  const outcome = await worker.prepare({ kind: 'image-set', config });
  if (!outcome.ok || outcome.kind !== 'image-set') throw new Error('the image set could not be split');
  return outcome.prepared;
}

async function trainInWorker(config: LabConfig, worker = lab, feedback?: TrainingFeedback) {
  const prepared = await prepareImages(config, worker);
  return { prepared, ...(await trainCollecting(worker, config, feedback)) };
}

const bench = {
  /** The registry as the benchmark scripts need it: which detectors exist, what they take, where they cannot train. */
  detectors() {
    return detectors.map((d) => ({
      id: d.id,
      family: d.family,
      accepts: [...d.accepts],
      unsupportedBackends: Object.keys(d.unsupportedBackends),
    }));
  },

  /**
   * Starts the worker on a backend with an image set (MNIST unless another source is named); with
   * `half`, only that half of the pool (src/core/data/poolHalves.ts), handed to the worker as an
   * asset of its own, so the detector and the PCA baseline see the same images. `engines` starts a
   * worker per engine and sets this page's engine (bench.mjs: the lab's and TensorFlow.js's own in
   * workers, TensorFlow.js's own on the page, so plain model.fit runs on the kernels of the tfjs one).
   */
  async init(backend: BackendChoice, dataset: DatasetId = 'mnist', half?: PoolHalf, engines: BenchEngines = {}) {
    const source = sourceOf(dataset);
    if (source.kind !== 'image-set') throw new Error(`${dataset} is not an image set`);
    const started: Partial<Record<Engine, BackendSelection>> = {};
    for (const engine of engines.workers ?? ['lab']) {
      started[engine] = await startWorker(engine, (w) =>
        w.init(backend, Comlink.proxy(noop), undefined, undefined, engine),
      );
    }
    const inWorker = Object.values(started)[0]!;
    const onPage = await selectBackend(inWorker.active, { wasmPaths, engine: engines.page ?? 'lab' });
    const bytes = await (await fetch(source.asset)).arrayBuffer();
    const decoded = decodeMnistAsset(bytes, source.shortName);
    if (!decoded.ok) throw new Error(decoded.reason);
    mnist = half ? poolHalf(decoded.data, half) : decoded.data;
    const url = half
      ? URL.createObjectURL(new Blob([encodeImageAsset(mnist) as Uint8Array<ArrayBuffer>]))
      : new URL(source.asset, location.href).href;
    for (const engine of Object.keys(started) as Engine[]) {
      await startedWorker(engine).loadSource({ kind: 'image-set', url, name: source.shortName }, Comlink.proxy(noop));
    }
    return {
      worker: inWorker.active,
      page: onPage.active,
      count: mnist.count,
      engines: {
        workers: Object.fromEntries(Object.entries(started).map(([engine, s]) => [engine, engineRecord(s)])),
        page: engineRecord(onPage),
      },
    };
  },

  /** A detector's training rate on the worker's backend (items/s), as `auto` measures it, and the WASM threads. */
  async trainingRate(overrides: Partial<LabConfig>, budgetMs: number) {
    const config = { ...defaultConfig(overrides.model), ...overrides };
    const rate = await lab.bench.trainingRate(
      { config, shape: { inputSize: 28 * 28, outputActivation: 'sigmoid' } },
      budgetMs,
    );
    const threads = (await lab.bench.memory()).backend === 'wasm' ? await lab.bench.wasmThreads() : null;
    return { ...rate, threads, crossOriginIsolated: globalThis.crossOriginIsolated };
  },

  /** Where that step's time goes, kernel by kernel (ms per step), on the worker's backend. */
  async profileTrainingStep(overrides: Partial<LabConfig>, steps: number) {
    const config = { ...defaultConfig(overrides.model), ...overrides };
    return lab.bench.profileTrainingStep({ config, shape: { inputSize: 28 * 28, outputActivation: 'sigmoid' } }, steps);
  },

  async matmulGflops(size: number | [number, number, number], minMilliseconds: number) {
    return lab.bench.matmulGflops(size, minMilliseconds);
  },

  /** The lab's training loop in its worker on an engine (one init started), timed from the page as epochs end. */
  async labThroughput(overrides: Partial<LabConfig>, engine: Engine = 'lab') {
    const config = { ...defaultConfig(overrides.model), ...overrides };
    const worker = startedWorker(engine);
    await worker.reset();
    const before = await worker.bench.memory();
    const watch = watchMainThread();
    const { prepared, outcome, epochEnds } = await trainInWorker(config, worker);
    const main = watch.stop();
    const afterRun = await worker.bench.memory();
    await worker.reset();
    const afterReset = await worker.bench.memory();
    const windows = epochWindows(epochEnds, Math.floor(prepared.counts.fit / config.batch) * config.batch);
    const samplesPerSecond = median(windows);
    const flopsPerSample = denseTrainingFlopsPerSample(784, config.layers, config.latent);
    return {
      engine,
      status: outcome.status,
      samplesPerSecond,
      windows: windows.length,
      achievedGflops: (samplesPerSecond * flopsPerSample) / 1e9,
      flopsPerSample,
      mainThread: main,
      tensors: { before: before.numTensors, afterRun: afterRun.numTensors, afterReset: afterReset.numTensors },
      bytes: { before: before.numBytes, afterRun: afterRun.numBytes, afterReset: afterReset.numBytes },
    };
  },

  /** The same architecture with model.fit on this page's main thread. */
  async plainThroughput(overrides: Partial<LabConfig>) {
    const config = { ...defaultConfig(overrides.model), ...overrides };
    const split = oneClassSplit({
      labels: mnist!.labels,
      normalClasses: config.normal,
      seed: config.seed,
      limit: config.limit,
    });
    const fit = tf.tensor2d(gatherPixels(mnist!, split.fitIndices), [split.fitIndices.length, 784]);
    const validation = tf.tensor2d(gatherPixels(mnist!, split.validationIndices), [
      split.validationIndices.length,
      784,
    ]);
    const watch = watchMainThread();
    const result = await plainFitThroughput(fit, validation, config);
    const main = watch.stop();
    tf.dispose([fit, validation]);
    return { ...result, mainThread: main };
  },

  /** Cost of a threshold change at n scored samples: index once, then binary search per threshold. */
  thresholdTiming(n: number) {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const scores = Float32Array.from({ length: n }, () => random());
    const labels = Uint8Array.from({ length: n }, () => (random() < 0.1 ? 1 : 0));
    const t0 = performance.now();
    const index = buildScoreIndex(scores, labels);
    const indexMs = performance.now() - t0;
    const calls = 20_000;
    let sink = 0;
    const t1 = performance.now();
    for (let i = 0; i < calls; i += 1) sink += metricsAt(index, (i % 1000) / 1000).f1;
    const perThresholdMs = (performance.now() - t1) / calls;
    return { samples: n, indexBuildMs: Math.round(indexMs), perThresholdMs, sink };
  },

  /**
   * One-class AUROC for one normal class: a detector with its own defaults (in the lab's worker),
   * and PCA with 32 components on the same split. `model` may name several detectors joined by
   * `+` (e.g. `dense-ae+knn`): each runs with its own defaults and the AUROC is that of the mean of
   * their rank-normalised scores, as the leaderboard's "Add ensemble" makes it.
   */
  async quality(digit: number, overrides: Partial<LabConfig> & { model?: string } = {}) {
    const members = (overrides.model ?? 'dense-ae').split('+') as LabConfig['model'][];
    const t0 = performance.now();
    const runs = [];
    for (const model of members) {
      const config = { ...defaultConfig(model), ...overrides, model, normal: [digit] };
      runs.push(await trainInWorker(config));
      await lab.reset();
    }
    const seconds = (performance.now() - t0) / 1000;
    const { prepared, outcome } = runs[0];
    const scores = runs.every((r) => r.scores) ? rankEnsemble(runs.map((r) => r.scores!)) : null;
    const aeAuroc = scores ? auroc(buildScoreIndex(scores.testScores, prepared.testIsAnomaly)) : Number.NaN;
    // PCA on the same split as the detector: the seed the run was given draws it.
    const config = { ...defaultConfig(members[0]), normal: [digit], seed: overrides.seed ?? defaultConfig().seed };

    const split = oneClassSplit({ labels: mnist!.labels, normalClasses: config.normal, seed: config.seed });
    const train = tf.tensor2d(gatherPixels(mnist!, split.fitIndices), [split.fitIndices.length, 784]);
    const test = tf.tensor2d(gatherPixels(mnist!, split.testIndices), [split.testIndices.length, 784]);
    const pca = await fitPca(train, pcaComponents, { seed: config.seed });
    const pcaTensor = pcaScores(pca, test);
    const pcaValues = await pcaTensor.data();
    tf.dispose([train, test, pcaTensor]);
    pca.dispose();
    const pcaAuroc = auroc(buildScoreIndex(pcaValues, split.testIsAnomaly));
    // A detector with several scorers (a GAN's discriminator and encoder) reports each one's AUROC too.
    const byScorer = runs.length === 1 ? runs[0].scores?.byScorer : undefined;
    const scorerAurocs = byScorer
      ? Object.fromEntries(
          Object.entries(byScorer).map(([name, r]) => [
            name,
            auroc(buildScoreIndex(r.testScores, prepared.testIsAnomaly)),
          ]),
        )
      : undefined;
    return { digit, status: outcome.status, aeAuroc, pcaAuroc, aeSeconds: seconds, scorerAurocs };
  },

  /** Detectors that learn from labels beside unsupervised ones, at label budgets, on one normal class (bench/labels.ts). */
  labels(options: LabelRunOptions) {
    return labelRuns(
      (config) => trainInWorker(config),
      () => lab.reset(),
      mnist!,
      options,
    );
  },

  /** Learning curves of the label queue against random labels, one normal class (bench/activeLearning.ts). */
  activeLearning(options: ActiveOptions) {
    return activeCurve(
      (config, feedback) => trainInWorker(config, lab, feedback),
      () => lab.reset(),
      options,
    );
  },

  /** The probe's round trip from a drawing to its score, after a short run of `model` (bench/touch.ts). */
  probeLatency(model: ModelId, draws: number) {
    return probeLatency(lab, model, draws);
  },

  /** A detector's refresh of the playground's 64 x 64 field, in the worker (bench/touch.ts). */
  fieldRefresh(model: ModelId, repeats: number) {
    return fieldRefresh(lab, model, repeats);
  },

  /** A sequence detector on a labelled series sample (bench/series.ts). */
  series(options: SeriesRunOptions) {
    return seriesRun(lab, options);
  },

  /**
   * The classifier score of real digits, the ceiling for generated ones: the digits the shipped
   * classifier never trained on (scripts/train-classifier.mjs holds out all but its first 8,000
   * after the same seeded shuffle), all at once and in the GAN grid's batches of 64.
   */
  async realDigitLikeness() {
    const count = mnist!.count;
    let seed = 20261122;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const order = Array.from({ length: count }, (_, i) => i);
    for (let i = count - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const held = Int32Array.from(order.slice(8000));
    const classifier = await tf.loadLayersModel(new URL('classifier/model.json', location.href).href);
    const images = tf.tensor2d(gatherPixels(mnist!, held), [held.length, 784]);
    const probabilities = await classify(classifier, images);
    tf.dispose(images);
    classifier.dispose();
    const batches: number[] = [];
    for (let start = 0; start + 64 <= held.length; start += 64) {
      batches.push(digitLikeness(probabilities.subarray(start * 10, (start + 64) * 10)).score);
    }
    return { heldOut: held.length, all: digitLikeness(probabilities).score, batchesOf64: batches };
  },

  /**
   * A GAN run in the lab's worker: the classifier score of the fixed-noise grid at every snapshot
   * (with the wall time since Train), then each scorer's AUROC on the split.
   */
  async gan(overrides: Partial<LabConfig>) {
    const config = { ...defaultConfig(overrides.model), ...overrides };
    await lab.loadClassifier(new URL('classifier/model.json', location.href).href);
    await lab.reset();
    const prepared = await prepareImages(config);
    const t0 = performance.now();
    const snapshots: { step: number; seconds: number; score: number | null; topClassShare: number | null }[] = [];
    let byScorer: NonNullable<ScoreResult['byScorer']> = {};
    let stepsDoneAt = Number.NaN;
    const outcome = await lab.train(
      config,
      Comlink.proxy({
        onStepLosses: noop,
        onEpoch: noop,
        onSamples: noop,
        onPhase: () => void (stepsDoneAt = Number.isNaN(stepsDoneAt) ? performance.now() : stepsDoneAt),
        onGanStats: noop,
        onGanSnapshot: (s: GanSnapshot) =>
          void snapshots.push({
            step: s.step,
            seconds: (performance.now() - t0) / 1000,
            score: s.likeness?.score ?? null,
            topClassShare: s.likeness ? Math.max(...s.likeness.histogram) / 64 : null,
          }),
        onScores: (r: ScoreResult) => void (byScorer = r.byScorer ?? {}),
      }),
    );
    const totalSeconds = (performance.now() - t0) / 1000;
    await lab.reset();
    const aurocs = Object.fromEntries(
      Object.entries(byScorer).map(([name, r]) => [name, auroc(buildScoreIndex(r.testScores, prepared.testIsAnomaly))]),
    );
    return { status: outcome.status, snapshots, adversarialSeconds: (stepsDoneAt - t0) / 1000, totalSeconds, aurocs };
  },
};

export type Bench = typeof bench;
(window as unknown as { bench: Bench }).bench = bench;
document.body.dataset.ready = '1';
