import { gatherPixels, gatherRawPixels, type MnistDataset } from '../data/mnist';
import type { OneClassSplit } from '../data/split';
import type { TrainingSet } from './sessionTypes';

/** An image set's split as model-ready rows: pixels in [0, 1], the sample grid's items, every item for a GAN. */
export function imageTrainingSet(dataset: MnistDataset, split: OneClassSplit, sampleRows: number[]): TrainingSet {
  return {
    featureCount: dataset.side * dataset.side,
    fit: gatherPixels(dataset, split.fitIndices),
    validation: gatherPixels(dataset, split.validationIndices),
    test: gatherPixels(dataset, split.testIndices),
    samples: gatherPixels(
      dataset,
      sampleRows.map((row) => split.testIndices[row]),
    ),
    outputActivation: 'sigmoid',
    imageSide: dataset.side,
    // A copy: the split's own array is transferred to the page.
    testIsAnomaly: split.testIsAnomaly.slice(),
    itemIds: {
      train: Int32Array.from([...split.fitIndices, ...split.validationIndices]),
      test: split.testIndices.slice(),
    },
    everyItem: () =>
      gatherPixels(
        dataset,
        Int32Array.from({ length: dataset.count }, (_, i) => i),
      ),
  };
}

/** Items of an image set by index: their pixels (0-255) and class labels (the feedback gallery). */
export function imageItems(dataset: MnistDataset, indices: Int32Array): { pixels: Uint8Array; labels: Uint8Array } {
  return { pixels: gatherRawPixels(dataset, indices), labels: Uint8Array.from(indices, (i) => dataset.labels[i]) };
}
