import { message, MessageError } from '../messages';
import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../config';
import type { MnistDataset } from '../data/mnist';
import { SessionData } from './sessionData';
import { specOf, type ModelId } from '../detectors/registry';
import { readsDigits } from '../sources/registry';
import { fitClassical, fitEach, runEnsemble, type ClassicalEvents } from './classicalRun';
import { runAutoencoderDetector } from './autoencoderRun';
import { DetectorSlot } from './detectorSlot';
import type { SavedDetector } from '../project/format';
import type { LayersFiles } from '../project/exportModel';
import type { AutoencoderSpec, ClassicalSpec, EnsembleSpec, GanSpec } from '../detectors/spec';
import { RunControl } from './runControl';
import { interpolateGrid, type GanState } from './ganRun';
import { reopenGan, runGanDetector } from './ganSession';
import { guardMemory } from './memoryCheck';
import type { TrainingFeedback } from '../detect/feedback';
import { withFeedback } from './feedbackData';
import type { SplitTensors } from './classicalRun';
import { latentView } from './latent';
import { explainRows } from './explainRows';
import { sampleReconstructions, scoreCurrent, scorerOf, type CurrentDetector } from './currentDetector';
import { reconstructTestItem, scoreArriving as scoreArrivingUnits } from './itemViews';

import type {
  PreparedSplit,
  RowExplanations,
  RunCheckpoint,
  RunOutcome,
  ScoreResult,
  SessionEvents,
  TrainingSet,
} from './sessionTypes';
export type { PreparedSplit, RowExplanations, RunCheckpoint, RunOutcome, ScoreResult, SessionEvents, TrainingSet };

const scoringBatch = 256;
/**
 * Rows per model call when scoring another file: a file has many rows, and on a GPU backend each
 * call's read-back costs far more than its arithmetic (2048 rows: twice the rows/s of 256 on SwiftShader WebGPU).
 */
const fileScoringBatch = 2048;
/** Points in the latent scatter: enough to see the clusters, few enough to draw smoothly. */
const latentPoints = 1500;
/**
 * One lab session inside the worker: owns the dataset tensors, the current model and the run
 * state. Plain TypeScript so the same code runs under Node in the unit tests.
 */
export class LabSession {
  /** The data runs work on: the image set or table rows as tensors, with what belongs to them. */
  private readonly data = new SessionData();
  /** The current detector, whichever family. */
  private readonly detector = new DetectorSlot();
  /** After a retrain with feedback: each split training position's row among the rows fitted on (-1: left out). */
  private fittedIndex: Int32Array | null = null;
  private classifier: tf.LayersModel | null = null;
  /** Noise std of the current denoising run (0: none), for the sample grid. */
  private sampleNoise = 0;
  private readonly control = new RunControl();
  private currentRun: Promise<RunOutcome> | null = null;

  setDataset(dataset: MnistDataset): void {
    this.data.setDataset(dataset);
  }

  /** Splits the image set for the configuration and makes it the session's data. */
  prepare(config: LabConfig): PreparedSplit {
    return this.data.prepare(config);
  }

  /** Makes a prepared set (an image set's split, a table run) the session's data; a no-op when `key` is loaded. */
  setTrainingSet(key: string, build: () => TrainingSet): void {
    this.data.setTrainingSet(key, build);
  }

  /** Trains a fresh model for the configuration; resolves when done, stopped or diverged. */
  train(
    config: LabConfig,
    events: SessionEvents,
    feedback?: TrainingFeedback,
    resume?: RunCheckpoint,
  ): Promise<RunOutcome> {
    return this.exclusive(() => this.runTraining(config, events, feedback, resume));
  }

  /** Runs `work` as the session's one run (pause, stop and saving wait on it); refused while another is on. */
  private exclusive(work: () => Promise<RunOutcome>): Promise<RunOutcome> {
    if (this.currentRun) return Promise.reject(new Error('A training run is already in progress.'));
    const run = work().finally(() => {
      this.currentRun = null;
    });
    this.currentRun = run;
    return run;
  }

  /** The digit classifier for the GAN's likeness read-out (the session owns it from now on). */
  setClassifier(classifier: tf.LayersModel): void {
    this.classifier?.dispose();
    this.classifier = classifier;
  }

  private async runTraining(
    config: LabConfig,
    events: SessionEvents,
    feedback?: TrainingFeedback,
    resume?: RunCheckpoint,
  ): Promise<RunOutcome> {
    const split = this.data.dataFor(config);
    // Retraining with feedback: the same split, with confirmed anomalies out of training and
    // confirmed normal test items in; the scores stay on the split as it was, to compare.
    const adjusted = feedback ? withFeedback(split, feedback, this.data.itemIds) : null;
    this.fittedIndex = adjusted?.fittedIndex ?? null;
    try {
      const rows = adjusted ? { ...split, fit: adjusted.fit, validation: adjusted.validation } : split;
      return await this.runDetector(config, events, rows, resume);
    } finally {
      if (adjusted) tf.dispose([adjusted.fit, ...(adjusted.validation ? [adjusted.validation] : [])]);
    }
  }

  private async runDetector(
    config: LabConfig,
    events: SessionEvents,
    tensors: SplitTensors,
    resume?: RunCheckpoint,
  ): Promise<RunOutcome> {
    guardMemory(specOf(config.model), config, tensors);
    this.disposeModel();
    this.control.start();
    const spec = specOf(config.model);
    // One case per family: a family added to the spec types fails to compile here until it has a runner.
    switch (spec.family) {
      case 'gan':
        return this.runGan(spec, config, events);
      case 'classical':
        return this.runClassical(spec, config, tensors, events);
      case 'ensemble':
        return this.runEnsemble(spec, config, tensors, events);
      case 'autoencoder':
        return this.runAutoencoder(spec, config, events, tensors, resume);
    }
  }

  /** Every classical detector fitted and scored, their ranks averaged: the ensemble is then the detector. */
  private async runEnsemble(
    spec: EnsembleSpec,
    config: LabConfig,
    tensors: SplitTensors,
    events: SessionEvents,
  ): Promise<RunOutcome> {
    const ensemble = await runEnsemble(config, tensors, this.control, events);
    if (!ensemble) return { status: 'stopped', steps: 0, epochsCompleted: 0 };
    this.detector.hold(spec.id, { classical: ensemble });
    return { status: 'done', steps: 1, epochsCompleted: 1 };
  }

  /** A gradient-trained autoencoder: epochs over the training rows, checkpoints, then scores. */
  private runAutoencoder(
    spec: AutoencoderSpec,
    config: LabConfig,
    events: SessionEvents,
    tensors: SplitTensors,
    resume?: RunCheckpoint,
  ): Promise<RunOutcome> {
    this.sampleNoise = config.noise;
    const { outputActivation, sequence } = this.data;
    return runAutoencoderDetector({ spec, config, tensors, outputActivation, sequence, resume }, this.control, events, {
      hold: (model) => this.detector.hold(spec.id, { model }),
      sendSamples: () => this.sendSamples(events),
      sendScores: (fitMs) => this.sendScores(events, fitMs),
      sendLatent: () => this.sendLatent(events, config.seed),
    });
  }

  /** A one-pass detector: fitted on every training row, then scored (with its fit and scoring times). */
  private async runClassical(
    spec: ClassicalSpec,
    config: LabConfig,
    data: SplitTensors,
    events: SessionEvents,
  ): Promise<RunOutcome> {
    const fitted = await fitClassical(spec, config, data, this.control, (p) => events.onProgress?.(p, 100));
    if (!fitted) return { status: 'stopped', steps: 0, epochsCompleted: 0 };
    this.detector.hold(spec.id, { classical: fitted.model });
    this.sampleNoise = 0;
    await this.sendSamples(events);
    await this.sendScores(events, fitted.fitMs);
    return { status: 'done', steps: 1, epochsCompleted: 1 };
  }

  /** Training items of the image set in view, by training position, for the feedback gallery. */
  trainingItems(positions: readonly number[]): { pixels: Uint8Array; labels: Uint8Array } {
    return this.data.trainingItems(positions);
  }

  /** The current detector's networks as TensorFlow.js model files (none for one-pass detectors). */
  exportNetworks(): Promise<Record<string, LayersFiles>> {
    return this.detector.exportNetworks();
  }

  /** Scores rows of another file (encoded as the training rows were) with the current detector. */
  async scoreRows(features: Float32Array, count: number): Promise<Float32Array> {
    const score = scorerOf(this.current(), fileScoringBatch);
    if (!score) throw new MessageError(message('err.core.scoreFirst'));
    const x = tf.tensor2d(features, [count, features.length / count]);
    return score(x).finally(() => x.dispose());
  }

  /** Scores units as they arrive, with the columns that drove them (the live monitor). */
  scoreArriving(features: Float32Array, count: number): Promise<{ scores: Float32Array; drivers: Int32Array }> {
    return scoreArrivingUnits(this.current(), features, count);
  }

  /** The current detector's learned state, for a project file. */
  async saveDetector(): Promise<SavedDetector> {
    if (this.currentRun) throw new MessageError(message('err.core.waitRun'));
    return this.detector.save({
      inputSize: this.data.tensors?.fit.shape[1],
      outputActivation: this.data.outputActivation,
      sequence: this.data.sequence,
    });
  }

  /**
   * Makes a saved detector the current one on the data the configuration names, and sends what a
   * finished run sends (reconstructions, scores, latent view), so the page shows it as trained.
   */
  async openDetector(config: LabConfig, saved: SavedDetector, events: SessionEvents): Promise<void> {
    if (this.currentRun) throw new MessageError(message('err.stopFirst'));
    const tensors = this.data.dataFor(config);
    await this.detector.restore(
      specOf(config.model),
      saved,
      config,
      tensors.fit.shape[1],
      this.data.outputActivation,
      this.data.sequence ?? saved.sequence,
    );
    this.fittedIndex = null;
    this.sampleNoise = config.noise;
    const gan = this.detector.gan;
    if (gan) {
      await reopenGan(gan, config, tensors, this.classifierFor(config), events);
      return;
    }
    await this.sendSamples(events);
    await this.sendScores(events);
    await this.sendLatent(events, config.seed);
  }

  /**
   * A saved detector made the current one without its data (a table model opened without its
   * file): it scores new rows of `inputSize` features; the split and its views stay as they were.
   */
  async openModelOnly(config: LabConfig, saved: SavedDetector, inputSize: number): Promise<void> {
    if (this.currentRun) throw new MessageError(message('err.stopFirst'));
    if (saved.inputSize !== undefined && saved.inputSize !== inputSize) {
      throw new MessageError(message('err.core.featureMismatch', { saved: saved.inputSize ?? 0, made: inputSize }));
    }
    await this.detector.restore(
      specOf(config.model),
      saved,
      config,
      inputSize,
      saved.outputActivation ?? 'linear',
      saved.sequence,
    );
    this.fittedIndex = null;
  }

  /** Autoencoders: test items placed by their latent codes. */
  private async sendLatent(events: SessionEvents, seed: number): Promise<void> {
    const { tensors } = this.data;
    const model = this.detector.model;
    if (!model || !tensors) return;
    const options = { maxPoints: latentPoints, batch: scoringBatch, seed };
    const latent = await latentView(model, tensors.test, this.data.testIsAnomaly, options);
    if (latent) events.onLatent?.(latent);
  }

  /**
   * Fits and scores each of the given one-pass detectors on the current split, one after another,
   * beside the current model (which stays): for the leaderboard's "Run all classical".
   */
  scoreClassical(ids: readonly ModelId[], config: LabConfig, events: ClassicalEvents): Promise<RunOutcome> {
    return this.exclusive(async () => {
      this.control.start();
      const results = await fitEach(ids, config, this.data.dataFor(config), this.control, events);
      return { status: results ? 'done' : 'stopped', steps: ids.length, epochsCompleted: ids.length };
    });
  }

  private runGan(spec: GanSpec, config: LabConfig, events: SessionEvents): Promise<RunOutcome> {
    this.detector.ganScorer = config.scorer;
    const hold = (state: GanState) => this.detector.hold(spec.id, { gan: state });
    return runGanDetector(spec, config, this.data, this.control, this.classifierFor(config), events, hold);
  }

  /** A test item and its reconstruction (the sequence chart). */
  reconstructTest(position: number): Promise<{ input: Float32Array; output: Float32Array | null }> {
    return reconstructTestItem(this.current(), position);
  }

  /** Shapley attributions of the current detector's score to the columns, for test rows of a table. */
  async explain(testRows: readonly number[], seed: number): Promise<RowExplanations> {
    const { tensors, featureGroups } = this.data;
    if (!tensors || !featureGroups) throw new MessageError(message('err.core.explainTables'));
    const score = scorerOf(this.current(), scoringBatch);
    if (!score) throw new MessageError(message('err.core.explainDetector'));
    return explainRows(score, tensors, featureGroups, testRows, seed);
  }

  /** Which of the current GAN's scorers scores rows from now on (the encoder's needs a trained encoder). */
  setGanScorer(scorer: LabConfig['scorer']): void {
    this.detector.ganScorer = scorer;
  }

  /** While paused: one more D+G round, then paused again (GANs). */
  step(): void {
    if (this.detector.gan) this.control.step();
  }

  /** Frames between two grid samples of the current GAN. */
  interpolate(from: number, to: number, frames: number): Promise<Float32Array> {
    const gan = this.detector.gan;
    if (!gan) return Promise.reject(new Error('Train a GAN first.'));
    return interpolateGrid(gan, from, to, frames);
  }

  pause(): void {
    if (this.currentRun) this.control.pause();
  }

  resume(): void {
    this.control.resume();
  }

  stop(): void {
    this.control.stop();
  }

  /** Drops the model (keeping the loaded data); a running loop is stopped first. */
  async reset(): Promise<void> {
    this.stop();
    await this.currentRun?.catch(() => undefined);
    this.disposeModel();
  }

  get hasModel(): boolean {
    return !this.detector.isEmpty;
  }

  dispose(): void {
    this.disposeModel();
    this.data.dispose();
    this.classifier?.dispose();
    this.classifier = null;
  }

  /** The digit classifier, where the data are digits it can read (not a table's or another set's images). */
  private classifierFor(config: LabConfig): tf.LayersModel | null {
    return readsDigits(config.dataset) ? this.classifier : null;
  }

  /** The current detector as the scoring views need it. */
  private current(): CurrentDetector {
    const { model, classical, gan, ganScorer } = this.detector;
    const { tensors, featureGroups } = this.data;
    const { fittedIndex } = this;
    return { model, classical, gan: gan && { state: gan, scorer: ganScorer }, tensors, featureGroups, fittedIndex };
  }

  private async sendSamples(events: SessionEvents): Promise<void> {
    const values = await sampleReconstructions(this.current(), this.sampleNoise);
    if (values) events.onSamples(values.reconstructions, values.noisyInputs);
  }

  /** Scores the split with the current model; `fitMs` (a finished run) adds how long fitting and scoring took. */
  private async sendScores(events: SessionEvents, fitMs?: number): Promise<void> {
    const scores = await scoreCurrent(this.current(), scoringBatch, fitMs);
    if (scores) await events.onScores(scores);
  }

  private disposeModel(): void {
    this.detector.clear();
  }
}
