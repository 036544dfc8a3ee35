import * as tf from '@tensorflow/tfjs';
import type { LabConfig } from '../../config';
import { classify, digitLikeness } from '../../gan/classifierScore';
import { discriminatorScores, encoderScores, trainEncoder, type GanEncoder, type GanScorer } from '../../gan/scorers';
import type { GanModel } from './gan';
import type { GanSpec } from '../spec';
import { loadGanBuilder } from '../builders';
import { scoreSplit } from '../../train/evaluate';
import { runGanLoop, type GanLoopControl, type GanLoopOutcome } from '../../train/ganLoop';

import type { GanEvents, GanSnapshot } from './events';

export interface GanScores {
  testScores: Float32Array;
  trainScores: Float32Array;
  /** What this scorer cost: its training (the GAN, plus the encoder for its scorer) and its scoring, in ms. */
  timing?: { fitMs: number; scoreMs: number };
}

export const gridSize = 64;
const scoringBatch = 256;
/** Weight k of the discriminator-feature residual in the encoder score. */
export const featureWeight = 1;

export interface GanRunData {
  /** The digits the GAN learns from. */
  fit: tf.Tensor2D;
  /** The split's training digits (fit + validation), scored for label-free thresholds. */
  trainForScores: tf.Tensor2D[];
  test: tf.Tensor2D;
  samples: tf.Tensor2D;
}

/** A trained GAN and what it needs to keep answering (interpolation, rescoring). */
export interface GanState {
  gan: GanModel;
  fixedNoise: tf.Tensor2D;
  encoder: GanEncoder | null;
}

/** Loads the GAN's builder (its folder's code, on first use) and builds it with its fixed grid noise. */
export async function buildGanState(spec: GanSpec, config: LabConfig, inputSize: number): Promise<GanState> {
  const build = await loadGanBuilder(spec);
  const gan = build({
    inputSize,
    latentSize: config.latent,
    generatorLearningRate: config.glr,
    discriminatorLearningRate: config.dlr,
    beta1: config.beta1,
    labelSmoothing: config.smoothing,
    seed: config.seed,
  });
  const fixedNoise = tf.randomNormal([gridSize, config.latent], 0, 1, 'float32', config.seed + 7) as tf.Tensor2D;
  return { gan, fixedNoise, encoder: null };
}

export function disposeGanState(state: GanState | null): void {
  if (!state) return;
  state.gan.dispose();
  state.fixedNoise.dispose();
  state.encoder?.dispose();
}

/** The fixed-noise grid as the GAN draws it now, with its digit likeness where a classifier reads it. */
export async function snapshotOf(
  state: GanState,
  step: number,
  classifier: tf.LayersModel | null,
): Promise<GanSnapshot> {
  const images = tf.tidy(() => state.gan.generate(state.fixedNoise));
  const pixels = (await images.data()) as Float32Array;
  const likeness = classifier ? digitLikeness(await classify(classifier, images)) : null;
  images.dispose();
  return { step, images: pixels, likeness };
}

/** The scorers a GAN has (the encoder's only once trained), in the order they are offered. */
export const scorersOf = (state: GanState): GanScorer[] => (state.encoder ? ['disc', 'encoder'] : ['disc']);

/** A trained GAN's score of any rows with the named scorer (the discriminator's when it has no encoder). */
export function ganScorer(state: GanState, scorer: GanScorer, batch: number) {
  const encoder = state.encoder;
  if (scorer === 'encoder' && encoder) {
    return (x: tf.Tensor2D) => encoderScores(state.gan, encoder, x, batch, featureWeight);
  }
  return (x: tf.Tensor2D) => discriminatorScores(state.gan, x, batch);
}

/** The split scored by one scorer, with what training it took and how long the scoring took. */
async function scoresWith(
  score: (x: tf.Tensor2D) => Promise<Float32Array>,
  data: GanRunData,
  fitMs: number,
): Promise<GanScores> {
  const started = performance.now();
  const scores = await scoreSplit(score, data.test, data.trainForScores);
  return { ...scores, timing: { fitMs, scoreMs: performance.now() - started } };
}

/**
 * Adversarial training with snapshots (fixed-noise grid + digit likeness), then the scorers: the
 * discriminator's, and the f-AnoGAN encoder's after training E for `encsteps` steps.
 */
export async function trainAndScoreGan(
  state: GanState,
  data: GanRunData,
  config: LabConfig,
  control: GanLoopControl,
  classifier: tf.LayersModel | null,
  events: GanEvents,
  onSamples: (reconstructions: Float32Array) => void,
): Promise<{ outcome: GanLoopOutcome; scores: Partial<Record<GanScorer, GanScores>> }> {
  const started = performance.now();
  events.onGanSnapshot(await snapshotOf(state, 0, classifier));
  const outcome = await runGanLoop(
    state.gan,
    data.fit,
    {
      steps: config.steps,
      batchSize: config.batch,
      discriminatorSteps: config.dsteps,
      seed: config.seed,
      snapshotEvery: config.snapshot,
    },
    control,
    {
      onStepStats: (stats, firstStep) => events.onGanStats(stats, firstStep),
      onSnapshot: async (step, updates) =>
        events.onGanSnapshot({ ...(await snapshotOf(state, step, classifier)), updates }),
    },
  );
  const scores: Partial<Record<GanScorer, GanScores>> = {};
  const adversarialMs = performance.now() - started;
  events.onPhase({ id: 'scoring-disc' });
  scores.disc = await scoresWith(ganScorer(state, 'disc', scoringBatch), data, adversarialMs);
  if (config.encsteps > 0 && outcome.status !== 'diverged') {
    const encoderStarted = performance.now();
    state.encoder?.dispose();
    state.encoder = await trainEncoder(
      state.gan,
      data.fit,
      { steps: config.encsteps, batchSize: config.batch, learningRate: 1e-3, seed: config.seed, featureWeight },
      {
        onProgress: (step) => events.onPhase({ id: 'encoder', step, total: config.encsteps }),
        shouldStop: control.shouldStop,
      },
    );
    const encoder = state.encoder;
    const encoderMs = performance.now() - encoderStarted;
    events.onPhase({ id: 'scoring-encoder' });
    scores.encoder = await scoresWith(ganScorer(state, 'encoder', scoringBatch), data, adversarialMs + encoderMs);
    const reconstructions = tf.tidy(() => state.gan.generate(encoder.encode(data.samples)));
    onSamples((await reconstructions.data()) as Float32Array);
    reconstructions.dispose();
  }
  events.onPhase(null);
  return { outcome, scores };
}

/** Frames between two grid samples, generated from linearly interpolated noise. */
export async function interpolateGrid(
  state: GanState,
  from: number,
  to: number,
  frames: number,
): Promise<Float32Array> {
  const images = tf.tidy(() => {
    const a = state.fixedNoise.slice([from, 0], [1, -1]);
    const b = state.fixedNoise.slice([to, 0], [1, -1]);
    const t = tf.linspace(0, 1, frames).reshape([frames, 1]);
    return state.gan.generate(tf.add(tf.mul(a, tf.sub(1, t)), tf.mul(b, t)) as tf.Tensor2D);
  });
  const pixels = (await images.data()) as Float32Array;
  images.dispose();
  return pixels;
}
