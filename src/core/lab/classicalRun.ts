import * as tf from '@tensorflow/tfjs';
import { withModel, type LabConfig } from '../config';
import { loadClassicalBuilder } from '../detectors/builders';
import type { ClassicalModel } from '../detectors/classical';
import type { ClassicalSpec, DetectorSpec } from '../detectors/spec';
import { detectorsOf, type ModelId } from '../detectors/registry';
import { scoreSplit } from '../train/evaluate';
import type { RunControl } from './runControl';

/** A detector's own fields (its spec's params) as the configuration sets them. */
export const paramsOf = (spec: DetectorSpec, config: LabConfig) =>
  Object.fromEntries((spec.params ?? []).map((f) => [f.name, config[f.name as keyof LabConfig]]));

export interface SplitTensors {
  fit: tf.Tensor2D;
  /** Per fit row, its label for a label-aware detector (labelledRows.ts); validation rows are unlabelled. */
  fitLabels?: Float32Array;
  validation: tf.Tensor2D | null;
  test: tf.Tensor2D;
  /** Side of the square images the rows are, when they are images. */
  imageSide?: number;
}

/**
 * Builds a one-pass detector and fits it on every training row (fit + validation: it has no use
 * for a held-out part), reporting whole percents; null when the run was stopped.
 */
export async function fitClassical(
  spec: ClassicalSpec,
  config: LabConfig,
  data: SplitTensors,
  control: RunControl,
  onPercent: (percent: number) => void,
): Promise<{ model: ClassicalModel; fitMs: number } | null> {
  const { fit, validation } = data;
  const build = await loadClassicalBuilder(spec);
  const model = build({
    inputSize: fit.shape[1],
    seed: config.seed,
    params: paramsOf(spec, config),
    imageSide: data.imageSide,
  });
  const train = validation ? (tf.concat([fit, validation]) as tf.Tensor2D) : fit;
  const labels = data.fitLabels && Float32Array.from({ length: train.shape[0] }, (_, r) => data.fitLabels![r] ?? 0);
  const started = performance.now();
  let reported = -1;
  try {
    await model.fit(
      train,
      {
        progress: async (fraction) => {
          const percent = Math.floor(Math.min(Math.max(fraction, 0), 1) * 100);
          if (percent !== reported) onPercent((reported = percent));
          await control.waitWhilePaused();
          return !control.shouldStop();
        },
      },
      labels,
    );
  } catch (error) {
    model.dispose();
    throw error;
  } finally {
    if (train !== fit) train.dispose();
  }
  if (control.shouldStop()) {
    model.dispose();
    return null;
  }
  return { model, fitMs: performance.now() - started };
}

/** Scores of the test rows and of the training rows (fit then validation), never NaN. */
export async function scoreWith(
  score: (x: tf.Tensor2D) => Promise<Float32Array>,
  data: SplitTensors,
  /** Training rows scored without themselves, where the detector has them (k-NN, LOF). */
  ownTrainingScores?: () => Promise<Float32Array>,
): Promise<{ testScores: Float32Array; trainScores: Float32Array }> {
  const own = await ownTrainingScores?.();
  const split = await scoreSplit(
    score,
    data.test,
    own ? [] : [data.fit, ...(data.validation ? [data.validation] : [])],
  );
  const trainScores = own ?? split.trainScores;
  const finite = (values: Float32Array) => values.every(Number.isFinite);
  if (!finite(split.testScores) || !finite(trainScores)) {
    throw new Error(
      'The detector gave scores that are not numbers (NaN or infinite); the data may hold values too large for ' +
        'float32. Try another detector, or scale the columns.',
    );
  }
  return { testScores: split.testScores, trainScores };
}

/** Scores and timings of one detector run beside the current one (Run all classical). */
export interface ClassicalScores {
  id: string;
  testScores: Float32Array;
  trainScores: Float32Array;
  fitMs: number;
  scoreMs: number;
}

/** What a run of several classical detectors tells its caller: progress, and each result (awaited). */
export interface ClassicalEvents {
  onProgress(id: string, percent: number): void;
  onResult(result: ClassicalScores): void | Promise<void>;
}

/**
 * Fits and scores one classical detector; null when the run was stopped. The fitted model goes to
 * `keep` (an ensemble keeps its members), or is freed.
 */
export async function fitAndScoreClassical(
  spec: ClassicalSpec,
  config: LabConfig,
  data: SplitTensors,
  control: RunControl,
  onPercent: (percent: number) => void,
  keep?: (model: ClassicalModel) => void,
  /** Rows to fit on where they differ from the split's (labelled anomalies appended): scores stay on the split's. */
  fitRows: SplitTensors = data,
): Promise<ClassicalScores | null> {
  const fitted = await fitClassical(spec, config, fitRows, control, onPercent);
  if (!fitted) return null;
  const { model, fitMs } = fitted;
  let kept = false;
  try {
    const started = performance.now();
    // Leave-one-out training scores follow the rows fitted on: only where those are the split's own.
    const own = fitRows === data ? model.trainingScores?.bind(model) : undefined;
    const scores = await scoreWith((x) => model.score(x), data, own);
    if (keep) {
      keep(model);
      kept = true;
    }
    return { id: spec.id, ...scores, fitMs, scoreMs: performance.now() - started };
  } finally {
    if (!kept) model.dispose();
  }
}

/**
 * Each classical detector of `ids` fitted and scored in turn (others skipped); null when stopped.
 * With `keep`, each fitted model is handed over with its id instead of being freed.
 */
export async function fitEach(
  ids: readonly ModelId[],
  config: LabConfig,
  data: SplitTensors,
  control: RunControl,
  events: ClassicalEvents,
  keep?: (id: string, model: ClassicalModel) => void,
  /** The rows a detector trains on (a label-aware one gets the labelled anomalies too: labelledRows.ts). */
  rowsFor?: (spec: ClassicalSpec) => { rows: SplitTensors; dispose(): void },
): Promise<ClassicalScores[] | null> {
  const results: ClassicalScores[] = [];
  const classical = detectorsOf('classical');
  for (const id of ids) {
    const spec = classical.find((d) => d.id === id);
    if (!spec) continue;
    // Each with its own defaults where the configuration holds the selected model's (LOF's k = 20).
    const own = withModel(config, id);
    const onPercent = (p: number) => events.onProgress(id, p);
    const made = rowsFor?.(spec);
    const fitRows = made && made.rows.fitLabels ? made.rows : data;
    const result = await fitAndScoreClassical(
      spec,
      own,
      data,
      control,
      onPercent,
      keep && ((m) => keep(id, m)),
      fitRows,
    ).finally(() => made?.dispose());
    if (!result) return null;
    // Awaited: the page's callbacks arrive on their own channel, and must all land before the run resolves.
    await events.onResult(result);
    results.push(result);
  }
  return results;
}
