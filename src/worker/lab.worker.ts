/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import * as tf from '@tensorflow/tfjs';
import { message, type Message } from '../core/messages';
import {
  measureMatmulGflops,
  selectBackend,
  wasmThreads,
  type BackendSelection,
  type RememberedChoice,
} from '../core/backend';
import { measureTrainingRate, profileTrainingStep, type RateProbe } from '../core/engine/trainingRate';
import type { BackendChoice, LabConfig } from '../core/config';
import type { Engine } from '../core/engine/engineChoice';
import { LabSession, type RunCheckpoint, type RunOutcome, type SessionEvents } from '../core/lab/session';
import { TableHost } from './tableHost';
import { ImageSetHost } from './imageSetHost';
import { PointsHost } from './pointsHost';
import type {
  PrepareOutcome,
  PrepareRequest,
  SourceHost,
  SourceInput,
  SourceKind,
  SourceLoadOutcome,
} from './sourceHost';
import { specOf, type ModelId } from '../core/detectors/registry';
import type { ClassicalEvents } from '../core/lab/classicalRun';
import type { FieldEvents } from '../core/lab/fieldComparison';
import type { StepPart } from '../core/lab/runControl';
import { sourceOf } from '../core/sources/registry';
import type { BackendName } from '../core/detectors/spec';
import { wasmPaths } from './wasmPaths';
import { eventNames, eventTransfers } from '../core/lab/sessionEvents';
import { labKernelHost } from './labKernelHost';
import type { PortableEncoder } from '../core/data/csv/portableEncoder';
import type { SavedDetector } from '../core/project/format';
import type { TrainingFeedback } from '../core/detect/feedback';

/**
 * The worker owns TensorFlow.js: backend, data tensors, models and the training loop. The page
 * talks to it through this API (typed on the page from `typeof labApi`, no hand-written messages).
 */
const session = new LabSession();
const tables = new TableHost(session);
const hosts: { [K in SourceKind]: SourceHost<K> } = {
  'image-set': new ImageSetHost(session),
  table: tables,
  points: new PointsHost(session),
};
/** The host of a source kind, typed for that kind's inputs. */
const hostFor = <K extends SourceKind>(kind: K) => hosts[kind] as SourceHost<K>;
/** The kind of source whose load is under way (what cancelLoad stops). */
let loading: SourceKind | null = null;
let onFatal: ((message: Message) => void) | null = null;
/** The whole backend measurement of `auto`, shared by the backends that start. */
const measurementBudgetMs = 1500;

function watchDeviceLoss(): void {
  // tfjs installs no handler for a lost GPU device; without one, later reads just reject.
  const device = (tf.backend() as unknown as { device?: GPUDevice }).device;
  void device?.lost.then((info) => {
    session.stop();
    onFatal?.(message('err.deviceLost', { reason: info.message || info.reason }));
  });
}

/**
 * The run's events, with a fault injected at its second progress report (`debug=` in the URL):
 * `lose-device` destroys the WebGPU device (elsewhere it reports a loss as the device would);
 * `crash-worker` throws where nothing catches it, then ends the worker.
 */
function withFault(fault: NonNullable<LabConfig['debug']>, events: SessionEvents): SessionEvents {
  let reports = 0;
  const strike = () => {
    reports += 1;
    if (reports !== 2) return;
    if (fault === 'crash-worker') {
      setTimeout(() => {
        throw new Error('debug=crash-worker: the worker failed');
      });
      setTimeout(() => self.close());
      return;
    }
    const device = (tf.backend() as unknown as { device?: GPUDevice }).device;
    if (device) device.destroy();
    else onFatal?.(message('err.deviceLost', { reason: `debug=lose-device on ${tf.getBackend()}` }));
  };
  return {
    ...events,
    onEpoch: (report) => {
      events.onEpoch(report);
      strike();
    },
    onGanStats: (stats, first) => {
      events.onGanStats?.(stats, first);
      strike();
    },
  };
}

/** A result's score arrays are moved to the page, not copied. */
const transferScores = <T extends { testScores: Float32Array; trainScores: Float32Array }>(result: T): T =>
  Comlink.transfer(result, [result.testScores.buffer, result.trainScores.buffer]);

/**
 * The page's run events, each forwarded with the buffers its entry in eventTransfers names moved to
 * the page, not copied; a run's scores are also kept by the source's host where it exports them.
 */
function forwarded(config: LabConfig, events: SessionEvents): SessionEvents {
  const forward = (name: (typeof eventNames)[number]) => {
    const buffersOf = eventTransfers[name] as (...args: unknown[]) => ArrayBuffer[];
    return (...args: unknown[]) => {
      const handler = events[name] as ((...values: unknown[]) => unknown) | undefined;
      const buffers = buffersOf(...args);
      // Comlink collects a call's transferables from its arguments: the first one carries them all.
      const sent = buffers.length ? [Comlink.transfer(args[0], buffers), ...args.slice(1)] : args;
      return handler?.(...sent);
    };
  };
  const all = Object.fromEntries(eventNames.map((name) => [name, forward(name)])) as unknown as SessionEvents;
  return {
    ...all,
    onScores: (result) => {
      hostFor(sourceOf(config.dataset).kind).keepScores?.(result.testScores, result.trainScores);
      return all.onScores(result);
    },
  };
}

/**
 * The worker's API, grouped by concern: the run's lifecycle at the top, then the current detector,
 * the dropped table, the GAN studio's controls and the benchmarks' measurements (a group is marked
 * for comlink so the page calls into it, `api().tables.export(...)`, as into the top level).
 */
const labApi = {
  /**
   * Picks the backend. For `auto` with a probe, each backend that starts trains the probe's detector
   * for a share of about 1.5 s and the fastest wins, unless `remembered` holds this device's choice.
   * `engine`: the lab's (the app's) or TensorFlow.js's own, for the benchmark (engine/engineChoice.ts);
   * a worker keeps the engine it started with.
   */
  async init(
    choice: BackendChoice,
    fatal: (message: Message) => void,
    probe?: RateProbe,
    remembered?: Record<string, RememberedChoice>,
    engine: Engine = 'lab',
  ): Promise<BackendSelection> {
    onFatal = fatal;
    const measurement = probe && {
      budgetMs: measurementBudgetMs,
      remembered,
      rate: async (budgetMs: number) => (await measureTrainingRate(probe, budgetMs)).samplesPerSecond,
    };
    const selection = await selectBackend(choice, { wasmPaths, labKernels: labKernelHost, engine }, measurement);
    if (selection.active === 'webgpu') watchDeviceLoss();
    return selection;
  },

  /** Loads a source (a shipped image set, or the user's table) as its host does; see sourceHost.ts. */
  loadSource(input: SourceInput, onProgress: (fraction: number) => void): Promise<SourceLoadOutcome> {
    loading = input.kind;
    return hostFor(input.kind)
      .load(input, onProgress)
      .finally(() => {
        if (loading === input.kind) loading = null;
      });
  },

  /**
   * Splits the loaded source for a configuration (and a table's plan) and makes the split the
   * session's data. An image set's test pixels are moved to the page; a table run keeps its
   * prepared table for later prepares with the same plan, so the page gets a copy.
   */
  prepare(request: PrepareRequest): PrepareOutcome {
    const outcome = hostFor(request.kind).prepare(request);
    if (!outcome.ok || outcome.kind !== 'image-set') return outcome;
    const { testImages, testLabels, testIsAnomaly } = outcome.prepared;
    return Comlink.transfer(outcome, [testImages.buffer, testLabels.buffer, testIsAnomaly.buffer]);
  },

  /** Stops the source load under way, if any (its source keeps what it had). */
  cancelLoad: () => {
    if (loading) hostFor(loading).cancel();
  },

  /** The GAN studio's digit classifier, a tfjs layers model served by the lab itself. */
  async loadClassifier(url: string): Promise<void> {
    session.setClassifier(await tf.loadLayersModel(url));
  },

  /**
   * Trains a fresh detector; with feedback, on the split's training items adjusted by the user's
   * marks. `fault` (tests of recovery) strikes at the run's second progress report.
   */
  train(
    config: LabConfig,
    events: SessionEvents,
    feedback?: TrainingFeedback,
    fault?: LabConfig['debug'],
    resume?: RunCheckpoint,
  ): Promise<RunOutcome> {
    // A detector says which backends it cannot train on, and why.
    const refusal = specOf(config.model).unsupportedBackends[tf.getBackend() as BackendName];
    if (refusal) return Promise.reject(new Error(refusal));
    const reporting = forwarded(config, events);
    return session.train(config, fault ? withFault(fault, reporting) : reporting, feedback, resume);
  },

  /** One trial of a settings search: trained on the split's fit rows, judged on held-out validation data. */
  searchTrial: (config: LabConfig) => session.searchTrial(config),

  /** Answers at once: the page's heartbeat while a run is on. */
  ping: () => true,
  pause: () => session.pause(),
  resume: () => session.resume(),
  stop: () => session.stop(),
  reset: () => session.reset(),

  /** The current detector: saving, opening, exporting, and what it says about single items. */
  detector: Comlink.proxy({
    /** Its learned state, for a project file. */
    save: () => session.saveDetector(),
    /** Its networks as model.json + weights each, by name (none for one-pass detectors). */
    exportNetworks: async () => {
      const files = await session.exportNetworks();
      return Comlink.transfer(
        files,
        Object.values(files).map((f) => f.weights),
      );
    },
    /** A saved detector made the current one on the configured data, sending what a finished run sends. */
    open: (config: LabConfig, saved: SavedDetector, events: SessionEvents) =>
      session.openDetector(config, saved, forwarded(config, events)),
    /**
     * A saved table model opened without its training file: the detector, and its preprocessing for
     * scoring new files (nothing of the split is scored: the rows are not here).
     */
    openModelOnly: async (config: LabConfig, saved: SavedDetector, encoder: PortableEncoder, header: string[]) => {
      await session.openModelOnly(config, saved, encoder.features.length * (encoder.window ?? 1));
      tables.useSavedPreprocessing(encoder, header);
    },
    /** Shapley attributions of its score to the table's columns, for these test rows. */
    explainRows: (rows: number[], seed: number) => session.explain(rows, seed),
    reconstructTest: (position: number) => session.reconstructTest(position),
    /** One drawn or edited item scored (the probe, "what if"); nothing trains on it. */
    probe: async (item: Float32Array) => {
      const found = await session.probe(item);
      return found.reconstruction ? Comlink.transfer(found, [found.reconstruction.buffer]) : found;
    },
    /** Training items of the image set in view (pixels and labels), for the feedback gallery. */
    trainingItems: (positions: number[]) => {
      const items = session.trainingItems(positions);
      return Comlink.transfer(items, [items.pixels.buffer, items.labels.buffer]);
    },
  }),

  /** Fits and scores several one-pass detectors on the split, beside the current model (the leaderboard). */
  scoreClassical(ids: ModelId[], config: LabConfig, events: ClassicalEvents): Promise<RunOutcome> {
    return session.scoreClassical(ids, config, {
      onProgress: (id, percent) => events.onProgress(id, percent),
      onResult: (result) => events.onResult(transferScores(result)),
    });
  },

  /** The 2-D playground's small multiples: each one-pass detector's field over the plane. */
  compareFields(ids: ModelId[], config: LabConfig, events: FieldEvents): Promise<RunOutcome> {
    return session.compareFields(ids, config, {
      onProgress: (id, percent) => events.onProgress(id, percent),
      onResult: (result) =>
        events.onResult(
          Comlink.transfer(result, [result.testScores.buffer, result.trainScores.buffer, result.field.buffer]),
        ),
    });
  },

  /** The dropped table: its rows, its scored export, new files against its model, the live monitor. */
  tables: Comlink.proxy({
    /** The table run's fitted preprocessing by column name, with its window for a series model. */
    preprocessing: () => tables.preprocessing(),
    /** A test row's cells as the file has them (the row detail). */
    rowCells: (row: number) => tables.rowCells(row),
    /** A row's cells as the user edited them: its score and each column's attribution ("what if"). */
    whatIf: (cells: string[], seed: number) => tables.whatIf(cells, seed),
    /** The scores a table export writes from now on (a leaderboard row shown as the current detector). */
    keepScores: (test: Float32Array, train: Float32Array) => tables.keepScores(test, train),
    export: (threshold: number, view?: { test?: Float32Array; train?: Float32Array }) =>
      tables.exportCsv(threshold, view),
    /** A new file against the model's columns, before scoring it. */
    checkFile: (blob: Blob) => tables.checkFile(blob),
    /** A new file streamed through the model; its scores are moved to the page. */
    scoreFile: async (blob: Blob, onProgress: (fraction: number) => void, rowscore: LabConfig['rowscore'] = 'max') => {
      const scored = await tables.scoreFile(blob, onProgress, rowscore);
      return scored && Comlink.transfer(scored, [scored.scores.buffer]);
    },
    cancelScoreFile: () => tables.cancel(),
    exportScoredFile: (threshold: number) => tables.exportScoredFile(threshold),
    monitorInfo: () => tables.monitorInfo(),
    monitorRows: (from: number, count: number) => tables.monitorRows(from, count),
  }),

  /** The GAN studio's controls on the current GAN. */
  gan: Comlink.proxy({
    /** While paused: one more D + G round, or a step of only the discriminator or only the generator. */
    step: (part?: StepPart) => session.step(part),
    /** Which of its scorers scores new rows (the page switched it). */
    setScorer: (scorer: LabConfig['scorer']) => session.setGanScorer(scorer),
    interpolate: async (from: number, to: number, frames: number) => {
      const pixels = await session.interpolate(from, to, frames);
      return Comlink.transfer(pixels, [pixels.buffer]);
    },
  }),

  /** What the benchmarks and the memory read-out measure in the worker. */
  bench: Comlink.proxy({
    /** What the worker's backend holds now. */
    memory: () => ({ numTensors: tf.memory().numTensors, numBytes: tf.memory().numBytes, backend: tf.getBackend() }),
    matmulGflops: (size: number | [number, number, number], minMilliseconds: number) =>
      measureMatmulGflops(size, minMilliseconds),
    /** The current backend's training throughput for a detector, as `auto` measures it (the engine benchmark). */
    trainingRate: (probe: RateProbe, budgetMs: number) => measureTrainingRate(probe, budgetMs),
    /** Kernel times of that step (the engine benchmark's --profile). */
    profileTrainingStep: (probe: RateProbe, steps: number) => profileTrainingStep(probe, steps),
    /** The current detector refreshing the playground's field `repeats` times, in the worker, ms each (as a run does). */
    fieldTimes: async (repeats: number) => {
      const times: number[] = [];
      for (let r = 0; r < repeats; r += 1) {
        const started = performance.now();
        await session.scoreField();
        times.push(performance.now() - started);
      }
      return times;
    },
    /** Threads WASM trains with (1 unless the page is cross-origin isolated). */
    wasmThreads,
  }),
};

export type LabApi = typeof labApi;
Comlink.expose(labApi);
