import * as tf from '@tensorflow/tfjs';
import { defaultConfig, type LabConfig } from '../core/config';
import { columnIndex, encodeRecords, type PortableEncoder } from '../core/data/csv/portableEncoder';
import { specOf, type ModelId } from '../core/detectors/registry';
import { familyOf } from '../core/detectors/families';
import { SeriesWindowScorer } from '../core/lab/seriesWindows';
import { readProject } from '../core/project/format';

/**
 * The deployable scorer: a project file saved by the lab, loaded outside it (another web page, or
 * Node with @tensorflow/tfjs), scoring new records exactly as the lab scores them. Built into
 * dist/export/anomaly-scorer.mjs (vite.scorer.config.ts); TensorFlow.js is the one dependency, and
 * the backend is whatever the host has set.
 *
 *   import { loadScorer } from './anomaly-scorer.mjs';
 *   const scorer = await loadScorer(await readFile('model.anomaly-lab.json', 'utf8'));
 *   const scores = await scorer.score([{ 'Beak Length (mm)': '39.1', Island: 'Dream' }]);
 *   const flagged = scorer.flag(scores); // score > the threshold saved with the model
 */
export interface AnomalyScorer {
  /** The detector's id and label, and the threshold saved with it. */
  detector: { id: string; label: string };
  threshold: number;
  /** Table models: the columns a record needs (by name); null for image models. */
  columns: string[] | null;
  /** Features per model input (for a series model: a window of rows side by side). */
  inputSize: number;
  /**
   * Scores records: for a table model, objects keyed by column name (cells as text or numbers);
   * for an image model, rows of side x side pixels 0-255. A model of series windows reads the records as
   * consecutive rows of one series (at least a window of them) and gives each row the highest score of
   * the windows covering it. Higher = more anomalous.
   */
  score(records: readonly (Readonly<Record<string, string | number>> | ArrayLike<number>)[]): Promise<Float32Array>;
  /** True where a score is above the saved threshold. */
  flag(scores: ArrayLike<number>): boolean[];
  dispose(): void;
}

export async function loadScorer(projectText: string): Promise<AnomalyScorer> {
  const read = readProject(projectText);
  if (!read.ok) throw new Error(read.reason);
  const project = read.project;
  const config = { ...defaultConfig(), ...project.config } as unknown as LabConfig;
  const spec = specOf(config.model as ModelId);
  const preprocessing = project.data.preprocessing;
  if (!preprocessing) throw new Error('This project has no preprocessing to score new records with.');
  const encoder = preprocessing.kind === 'table' ? (preprocessing.encoder as unknown as PortableEncoder) : null;
  /** Features per record: a row's, or a pixel image's. */
  const rowSize = encoder ? encoder.features.length : preprocessing.kind === 'image' ? preprocessing.side ** 2 : 0;
  /** Records per model input: several consecutive rows for a model of series windows. */
  const window = encoder?.window ?? 1;
  const inputSize = rowSize * window;
  const outputActivation = project.detector.outputActivation ?? (encoder ? 'linear' : 'sigmoid');
  const shape = { inputSize, outputActivation, sequence: project.detector.sequence } as const;
  const detector = await familyOf(spec).restore(spec, project.detector, config, shape);
  const scoreRows = (x: tf.Tensor2D) => detector.score(x, 256);
  const toFeatures = (records: Parameters<AnomalyScorer['score']>[0]): Float32Array => {
    const out = new Float32Array(records.length * rowSize);
    if (!encoder) {
      records.forEach((pixels, r) => {
        const row = pixels as ArrayLike<number>;
        if (row.length !== rowSize)
          throw new Error(`Record ${r + 1} has ${row.length} pixels; the model reads ${rowSize}.`);
        for (let i = 0; i < rowSize; i += 1) out[r * rowSize + i] = row[i] / 255;
      });
      return out;
    }
    const names = encoder.columns.map((c) => c.name);
    // Records keyed by name become cells in the encoder's column order.
    const cells = records.map((record) => names.map((name) => String((record as Record<string, unknown>)[name] ?? '')));
    const byName = { ...encoder, hadHeader: true };
    encodeRecords(byName, columnIndex(byName, names), cells, out);
    return out;
  };
  return {
    detector: { id: spec.id, label: spec.label },
    threshold: project.threshold.value,
    columns: encoder ? encoder.columns.map((c) => c.name) : null,
    inputSize,
    async score(records) {
      if (records.length === 0) return new Float32Array(0);
      // Single rows are windows of one; a series model's records are consecutive rows of one series.
      const windows = new SeriesWindowScorer(
        rowSize,
        window,
        async (features, count) => {
          const x = tf.tensor2d(features, [count, inputSize]);
          try {
            return await scoreRows(x);
          } finally {
            x.dispose();
          }
        },
        // As the lab scored the project's rows (a project from before `rowscore` gets the default).
        config.rowscore,
      );
      const scores = await windows.push(toFeatures(records), records.length);
      const rest = windows.finish();
      const out = new Float32Array(records.length);
      out.set(scores);
      out.set(rest, scores.length);
      return out;
    },
    flag: (scores) => Array.from(scores, (s) => !(s <= project.threshold.value)),
    dispose: () => detector.dispose(),
  };
}
