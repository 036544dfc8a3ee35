import { message, MessageError } from '../messages';
import * as tf from '@tensorflow/tfjs';
import { guardDataMemory } from './memoryCheck';
import type { LabConfig } from '../config';
import { gatherRawPixels, type MnistDataset } from '../data/mnist';
import { oneClassSplit } from '../data/split';
import { imageItems, imageTrainingSet } from './imageSet';
import { pickSampleRows } from './sampleRows';
import type { PreparedSplit, TrainingSet } from './sessionTypes';
import { splitKey } from './splitKey';
import type { DataShape } from '../detectors/dataShape';

/** A split's rows as tensors: what detectors fit on, validate on, score, and show in the sample grid. */
export interface SplitData {
  fit: tf.Tensor2D;
  validation: tf.Tensor2D | null;
  test: tf.Tensor2D;
  samples: tf.Tensor2D;
  /** Side of the square images the rows are, when they are images. */
  imageSide?: number;
  /** Points of a plane a score field is drawn over (the 2-D playground), scored after every epoch. */
  field?: tf.Tensor2D;
  /**
   * The label budget: anomalies revealed with their label (outside both the fit and the test rows),
   * and the positions in `fit` of normal rows whose label is revealed; null without one.
   */
  labels: { anomalies: tf.Tensor2D | null; normalPositions: Int32Array } | null;
  /**
   * Per `fit` row, what a label-aware detector is told (Deep SAD's convention): +1 a labelled
   * normal row, -1 a labelled anomaly, 0 unlabelled. Set only on the rows handed to such a detector.
   */
  fitLabels?: Float32Array;
}

/**
 * The data a lab session's runs work on: the loaded image set, and the current split (of that set,
 * or a table run's rows) as tensors with what belongs to it (labels, item ids, column groups). It
 * owns those tensors; the session owns the detector and the run.
 */
export class SessionData {
  private dataset: MnistDataset | null = null;
  /** Bumped by every new image set, so a split key never matches another set's tensors. */
  private datasetVersion = 0;
  tensors: SplitData | null = null;
  /** Item ids of the training and test positions (the same item may be both), for feedback. */
  itemIds: TrainingSet['itemIds'] = undefined;
  outputActivation: TrainingSet['outputActivation'] = 'sigmoid';
  /** Items that are sequences: their steps and channels (sequence models are built for them). */
  sequence: TrainingSet['sequence'] = undefined;
  testIsAnomaly: Uint8Array = new Uint8Array(0);
  featureGroups: TrainingSet['featureGroups'] = undefined;
  /** What the tensors were made from (an image set's split, or a table run), to skip remaking them. */
  private dataKey: string | null = null;
  /** Whether the tensors are an image set's split (which follows the configuration) rather than a table run. */
  private holdsImageSplit = false;
  private everyItem: TrainingSet['everyItem'] = undefined;

  setDataset(dataset: MnistDataset): void {
    if (dataset === this.dataset) return;
    this.dataset = dataset;
    this.datasetVersion += 1;
  }

  /** The key of the image-set split a configuration asks for. */
  imageSplitKey(config: LabConfig): string {
    return splitKey(config, ['images', this.datasetVersion]);
  }

  /**
   * Splits the image set for the configuration and makes it the session's data through the same
   * entry as a table (setTrainingSet): one prepared type, one path to the tensors.
   */
  prepare(config: LabConfig): PreparedSplit {
    const dataset = this.dataset;
    if (!dataset) throw new MessageError(message('err.core.notLoaded'));
    const split = oneClassSplit({
      labels: dataset.labels,
      normalClasses: config.normal,
      seed: config.seed,
      contaminationPercent: config.contamination,
      limit: config.limit,
      testLimit: config.testlimit,
      labelled: config.labelled,
      knownClasses: config.known,
      labelledNormal: config.labelnormal,
    });
    const testLabels = Uint8Array.from(split.testIndices, (i) => dataset.labels[i]);
    const sampleRows = pickSampleRows(split.testIsAnomaly, testLabels);

    this.setTrainingSet(this.imageSplitKey(config), () => imageTrainingSet(dataset, split, sampleRows));
    this.holdsImageSplit = true;
    return {
      counts: split.counts,
      side: dataset.side,
      testImages: gatherRawPixels(dataset, split.testIndices),
      testLabels,
      testIsAnomaly: split.testIsAnomaly,
      sampleRows,
    };
  }

  /** Makes a prepared set (an image set's split, a table run) the session's data; a no-op when `key` is loaded. */
  setTrainingSet(key: string, build: () => TrainingSet): void {
    if (this.dataKey === key && this.tensors) return;
    const set = build();
    guardDataMemory(
      set.fit.length + set.validation.length + set.test.length + set.samples.length + (set.field?.length ?? 0),
    );
    this.dispose();
    const width = set.featureCount;
    const toTensor = (values: Float32Array) => tf.tensor2d(values, [values.length / width, width]);
    const labels = set.labels;
    this.tensors = {
      fit: toTensor(set.fit),
      validation: set.validation.length ? toTensor(set.validation) : null,
      test: toTensor(set.test),
      samples: toTensor(set.samples),
      imageSide: set.imageSide,
      ...(set.field ? { field: toTensor(set.field) } : {}),
      labels:
        labels && (labels.anomalies.length || labels.normalPositions.length)
          ? {
              anomalies: labels.anomalies.length ? toTensor(labels.anomalies) : null,
              normalPositions: labels.normalPositions,
            }
          : null,
    };
    this.outputActivation = set.outputActivation;
    this.sequence = set.sequence;
    this.featureGroups = set.featureGroups;
    this.testIsAnomaly = set.testIsAnomaly;
    this.everyItem = set.everyItem;
    this.itemIds = set.itemIds;
    this.dataKey = key;
    this.holdsImageSplit = false;
  }

  /** The shape of the data's items, as detectors are built, saved and probed for it. */
  shape(): DataShape {
    const { tensors, outputActivation, sequence } = this;
    return {
      inputSize: tensors?.fit.shape[1] ?? 0,
      outputActivation,
      ...(tensors?.imageSide ? { imageSide: tensors.imageSide } : {}),
      ...(sequence ? { sequence } : {}),
    };
  }

  /** The tensors a run works on: an image set's split follows the configuration; a table's run was set by its host. */
  dataFor(config: LabConfig): SplitData {
    const imageData = this.holdsImageSplit || !this.tensors;
    if (!this.tensors || (imageData && this.dataKey !== this.imageSplitKey(config))) this.prepare(config);
    return this.tensors!;
  }

  /**
   * Training items of the image set in view, by training position (the order of the training
   * scores): their pixels (0-255) and class labels, for the gallery where feedback marks them.
   */
  trainingItems(positions: readonly number[]): { pixels: Uint8Array; labels: Uint8Array } {
    const { dataset, itemIds } = this;
    if (!dataset || !itemIds || !this.holdsImageSplit) {
      throw new MessageError(message('err.core.itemsImagesOnly'));
    }
    return imageItems(
      dataset,
      Int32Array.from(positions, (p) => itemIds.train[p]),
    );
  }

  /** Everything the data holds, test items included (a GAN on all digits, or all of a table's images). */
  everyItemTensor(): tf.Tensor2D {
    const { fit, validation, test } = this.tensors!;
    if (!this.everyItem) return tf.concat([fit, ...(validation ? [validation] : []), test]) as tf.Tensor2D;
    const values = this.everyItem();
    const width = fit.shape[1];
    return tf.tensor2d(values, [values.length / width, width]);
  }

  dispose(): void {
    if (this.tensors) {
      const { fit, validation, test, samples, labels, field } = this.tensors;
      tf.dispose([
        fit,
        test,
        samples,
        ...(field ? [field] : []),
        ...(validation ? [validation] : []),
        ...(labels?.anomalies ? [labels.anomalies] : []),
      ]);
    }
    this.tensors = null;
    this.dataKey = null;
    this.holdsImageSplit = false;
    this.everyItem = undefined;
  }
}
