import { message, MessageError } from '../messages';
import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../config';
import type { MnistDataset } from '../data/mnist';
import { SessionData } from './sessionData';
import { specOf, type ModelId } from '../detectors/registry';
import type { DetectorSpec } from '../detectors/spec';
import { familyOf } from '../detectors/families';
import type { FamilyReopen, FamilyRun } from '../detectors/family';
import { readsDigits } from '../sources/registry';
import { fitEach, type ClassicalEvents } from './classicalRun';
import { DetectorSlot } from './detectorSlot';
import type { SavedDetector } from '../project/format';
import type { LayersFiles } from '../project/exportModel';
import { RunControl, type StepPart } from './runControl';
import { guardMemory } from './memoryCheck';
import type { TrainingFeedback } from '../detect/feedback';
import { markedLabels, withFeedback } from './feedbackData';
import { rowsForDetector } from './labelledRows';
import { trialData, type SearchCriterion } from './searchTrial';
import { auroc, buildScoreIndex } from '../detect/metrics';
import { sortableScores } from '../detect/verdict';
import type { SplitData } from './sessionData';
import { latentView, type LatentProjection } from './latent';
import { explainEncoded, explainRows } from './explainRows';
import { sampleReconstructions, scoreCurrent, scorerOf, type CurrentDetector } from './currentDetector';
import { compareFields, type FieldEvents } from './fieldComparison';
import { probeItem, type ProbeResult } from './probe';
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
/** A probed item is scored alone; a network pads it to this fixed batch shape (small: it runs while drawing). */
const probeBatch = 8;
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
  private readonly control = new RunControl();
  private currentRun: Promise<unknown> | null = null;
  /** How the latent scatter placed its codes, so a probed item lands on the same axes. */
  private latentProjection: LatentProjection | null = null;

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
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
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
    // confirmed normal test items in; the scores stay on the split as it was, to compare. A detector
    // that learns from labels also gets the marks as labels: confirmed anomalies come back labelled.
    const adjusted = feedback ? withFeedback(split, feedback, this.data.itemIds) : null;
    const learnsLabels = (specOf(config.model).labels ?? 'ignores') !== 'ignores';
    const marked = adjusted && feedback && learnsLabels ? markedLabels(split, feedback, adjusted) : null;
    this.fittedIndex = adjusted?.fittedIndex ?? null;
    try {
      const rows = adjusted ? { ...split, fit: adjusted.fit, validation: adjusted.validation } : split;
      return await this.runDetector(config, events, rows, resume, marked);
    } finally {
      if (adjusted) tf.dispose([adjusted.fit, ...(adjusted.validation ? [adjusted.validation] : [])]);
      if (marked?.anomalies) marked.anomalies.dispose();
    }
  }

  private async runDetector(
    config: LabConfig,
    events: SessionEvents,
    tensors: SplitData,
    resume?: RunCheckpoint,
    marked: ReturnType<typeof markedLabels> | null = null,
    labels: SplitData['labels'] = this.data.tensors?.labels ?? null,
    /** False for a search trial: no sample grid, test scores or latent view are made for it. */
    withViews = true,
  ): Promise<RunOutcome> {
    const spec = specOf(config.model);
    if (spec.labels === 'needs' && !labels?.anomalies && !marked?.anomalies) {
      throw new MessageError(message('err.core.needsLabels', { detector: spec.label }));
    }
    guardMemory(spec, config, tensors);
    this.disposeModel();
    this.control.start();
    // A label-aware detector trains on the labelled anomalies too, told which rows they are.
    const labelled = rowsForDetector(spec, tensors, labels, this.fittedIndex, marked);
    const views = this.views(config, events, labelled.rows);
    const none = async () => undefined;
    const run: FamilyRun = {
      ...views,
      ...(withViews ? {} : { sendSamples: none, sendScores: none, sendLatent: none }),
      shape: this.data.shape(),
      control: this.control,
      resume,
      everyItem: () => this.data.everyItemTensor(),
      hold: (detector) => this.detector.hold(detector),
    };
    return familyOf(spec)
      .train(spec, run)
      .finally(() => labelled.dispose());
  }

  /** What a run and a reopened detector send the page through: the split's samples, scores and latent view. */
  private views(config: LabConfig, events: SessionEvents, tensors: SplitData): FamilyReopen {
    return {
      config,
      tensors,
      split: this.data.tensors ?? tensors,
      events,
      classifier: this.classifierFor(config),
      sendSamples: (noise) => this.sendSamples(events, noise),
      sendScores: (fitMs) => this.sendScores(events, fitMs),
      sendLatent: () => this.sendLatent(events, config.seed),
    };
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
    return this.detector.save(this.data.tensors ? this.data.shape() : {});
  }

  /**
   * Makes a saved detector the current one on the data the configuration names, and sends what a
   * finished run sends (reconstructions, scores, latent view), so the page shows it as trained.
   */
  async openDetector(config: LabConfig, saved: SavedDetector, events: SessionEvents): Promise<void> {
    if (this.currentRun) throw new MessageError(message('err.stopFirst'));
    const tensors = this.data.dataFor(config);
    const shape = { ...this.data.shape(), sequence: this.data.sequence ?? saved.sequence };
    const spec = specOf(config.model);
    const family = familyOf(spec);
    // The restored detector replaces the current one only once it is whole (a bad file keeps what was there).
    this.detector.hold(await family.restore(spec, saved, config, shape));
    this.fittedIndex = null;
    const view = this.views(config, events, tensors);
    if (family.reopen) return family.reopen(this.detector.current!, view);
    await view.sendSamples(config.noise);
    await view.sendScores();
    await view.sendLatent();
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
    const spec = specOf(config.model);
    const shape = {
      inputSize,
      outputActivation: saved.outputActivation ?? 'linear',
      sequence: saved.sequence,
    } as const;
    this.detector.hold(await familyOf(spec).restore(spec, saved, config, shape));
    this.fittedIndex = null;
  }

  /** Autoencoders: test items placed by their latent codes. */
  private async sendLatent(events: SessionEvents, seed: number): Promise<void> {
    const { tensors } = this.data;
    const detector = this.detector.current;
    if (!detector?.encode || !tensors) return;
    const options = { maxPoints: latentPoints, batch: scoringBatch, seed };
    const latent = await latentView(detector, tensors.test, this.data.testIsAnomaly, options);
    this.latentProjection = latent?.projection ?? null;
    if (latent) events.onLatent?.(latent);
  }

  /**
   * Fits and scores each of the given one-pass detectors on the current split, one after another,
   * beside the current model (which stays): for the leaderboard's "Run all classical".
   */
  scoreClassical(ids: readonly ModelId[], config: LabConfig, events: ClassicalEvents): Promise<RunOutcome> {
    return this.exclusive(async () => {
      this.control.start();
      const split = this.data.dataFor(config);
      const labels = this.data.tensors?.labels ?? null;
      const rowsFor = (spec: DetectorSpec) => rowsForDetector(spec, split, labels);
      const results = await fitEach(ids, config, split, this.control, events, undefined, rowsFor);
      return { status: results ? 'done' : 'stopped', steps: ids.length, epochsCompleted: ids.length };
    });
  }

  /** The playground's small multiples: one-pass detectors fitted on the points, each scoring the field grid. */
  compareFields(ids: readonly ModelId[], config: LabConfig, events: FieldEvents): Promise<RunOutcome> {
    return this.exclusive(async () => {
      this.control.start();
      const results = await compareFields(ids, config, this.data.dataFor(config), this.control, events);
      return { status: results ? 'done' : 'stopped', steps: ids.length, epochsCompleted: ids.length };
    });
  }

  /** A test item and its reconstruction (the sequence chart). */
  reconstructTest(position: number): Promise<{ input: Float32Array; output: Float32Array | null }> {
    return reconstructTestItem(this.current(), position);
  }

  /** What the current detector makes of one item the user drew or edited; nothing trains on it. */
  probe(item: Float32Array): Promise<ProbeResult> {
    return probeItem(this.current(), item, this.latentProjection, probeBatch);
  }

  /**
   * "What if": a table row the user edited (encoded as the training rows were), its score and each
   * column's Shapley attribution; nothing trains on it.
   */
  async whatIf(item: Float32Array, seed: number): Promise<{ score: number; attributions: Float32Array }> {
    const { score, tensors, featureGroups } = this.explainable();
    const explained = await explainEncoded(score, tensors.fit, featureGroups, item, seed);
    return { score: explained.scores[0], attributions: explained.attributions };
  }

  /** Shapley attributions of the current detector's score to the columns, for test rows of a table. */
  async explain(testRows: readonly number[], seed: number): Promise<RowExplanations> {
    const { score, tensors, featureGroups } = this.explainable();
    return explainRows(score, tensors, featureGroups, testRows, seed);
  }

  /**
   * What an explanation needs: a table's rows with their column groups, and the current detector's
   * scorer (a row's coalitions are many rows: scored in the batches the split is scored in).
   */
  private explainable() {
    const { tensors, featureGroups } = this.data;
    if (!tensors || !featureGroups) throw new MessageError(message('err.core.explainTables'));
    const score = scorerOf(this.current(), scoringBatch);
    if (!score) throw new MessageError(message('err.core.explainDetector'));
    return { score, tensors, featureGroups };
  }

  /** Which of the current GAN's scorers scores rows from now on (the encoder's needs a trained encoder). */
  setGanScorer(scorer: LabConfig['scorer']): void {
    this.detector.current?.chooseScorer?.(scorer);
  }

  /** While paused: one more D+G round, then paused again (GANs). */
  step(part: StepPart = 'both'): void {
    if (this.detector.current?.stepsWhilePaused) this.control.step(part);
  }

  /** Frames between two grid samples of the current GAN. */
  interpolate(from: number, to: number, frames: number): Promise<Float32Array> {
    const interpolate = this.detector.current?.interpolate;
    if (!interpolate) return Promise.reject(new Error('Train a GAN first.'));
    return interpolate(from, to, frames);
  }

  pause(): void {
    if (this.currentRun) this.control.pause();
  }

  resume(): void {
    this.control.resume();
  }

  /**
   * One trial of a settings search (searchTrial.ts): trains the configured detector on the split's
   * fit rows and judges it on held-out validation data, never on the test split. The trial's
   * detector becomes the current one; the page shows no scores of it.
   */
  searchTrial(config: LabConfig): Promise<{ criterion: SearchCriterion; value: number; status: string }> {
    return this.exclusive(async () => {
      const trial = trialData(this.data.dataFor(config));
      // A trial trains on the split's own rows: no retrain's row mapping applies to it.
      this.fittedIndex = null;
      let validationLoss = Number.NaN;
      const quiet: SessionEvents = {
        onStepLosses: () => undefined,
        onEpoch: (report) => void (validationLoss = report.validationLoss ?? Number.NaN),
        onSamples: () => undefined,
        onScores: () => undefined,
      };
      try {
        const outcome = await this.runDetector(config, quiet, trial.rows, undefined, null, trial.labels, false);
        if (outcome.status !== 'done') return { criterion: trial.criterion, value: Number.NaN, status: outcome.status };
        if (!trial.judged) {
          if (!Number.isFinite(validationLoss)) throw new MessageError(message('err.search.needsLabels'));
          return { criterion: trial.criterion, value: validationLoss, status: 'done' };
        }
        const scores = await this.detector.current!.score(trial.judged.rows, scoringBatch);
        const value = auroc(buildScoreIndex(sortableScores(scores), trial.judged.isAnomaly));
        return { criterion: trial.criterion, value, status: 'done' };
      } finally {
        trial.dispose();
      }
    });
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
    const { tensors, featureGroups } = this.data;
    return { detector: this.detector.current, tensors, featureGroups, fittedIndex: this.fittedIndex };
  }

  private async sendSamples(events: SessionEvents, noise: number): Promise<void> {
    const values = await sampleReconstructions(this.current(), noise);
    if (values) events.onSamples(values.reconstructions, values.noisyInputs);
    const field = events.onField && (await this.scoreField());
    if (field) events.onField!(field);
  }

  /** The current detector's scores of the playground's field grid (null without a field or a detector). */
  async scoreField(): Promise<Float32Array | null> {
    const field = this.data.tensors?.field;
    const detector = this.detector.current;
    return field && detector ? detector.score(field, scoringBatch) : null;
  }

  /** Scores the split with the current model; `fitMs` (a finished run) adds how long fitting and scoring took. */
  private async sendScores(events: SessionEvents, fitMs?: number): Promise<void> {
    const scores = await scoreCurrent(this.current(), scoringBatch, fitMs);
    if (scores) await events.onScores(scores);
  }

  private disposeModel(): void {
    this.detector.clear();
    this.latentProjection = null;
  }
}
