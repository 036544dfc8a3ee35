import { gatherRawPixels, type MnistDataset } from '../data/mnist';
import { encodeSharedScale, gatherUnits, sharedImageScale } from '../data/rows';
import type { OneClassSplit } from '../data/split';
import type { TrainingSet } from './sessionTypes';

/**
 * An image set's split as model-ready rows, by the path an image table takes (src/core/data/rows.ts):
 * every pixel on one shared scale, then units gathered from the encoded images. A table fits its
 * range on the training rows; an image set's format declares it (0-255), which is also the rule a
 * saved project scores new images by (pixels / 255). The sample grid's items, and every item for a GAN.
 */
export function imageTrainingSet(dataset: MnistDataset, split: OneClassSplit, sampleRows: number[]): TrainingSet {
  const width = dataset.side * dataset.side;
  const trainRows = Int32Array.from([...split.fitIndices, ...split.validationIndices]);
  const scale = sharedImageScale(0, 255);
  const everyRow = Int32Array.from({ length: dataset.count }, (_, i) => i);
  const encodeAll = () => encodeSharedScale(dataset.pixels, width, everyRow, scale);
  const encoded = encodeAll();
  const gather = (units: ArrayLike<number>) => gatherUnits(encoded, width, units);
  return {
    featureCount: width,
    fit: gather(split.fitIndices),
    validation: gather(split.validationIndices),
    test: gather(split.testIndices),
    samples: gather(sampleRows.map((row) => split.testIndices[row])),
    outputActivation: 'sigmoid',
    imageSide: dataset.side,
    // A copy: the split's own array is transferred to the page.
    testIsAnomaly: split.testIsAnomaly.slice(),
    labels: { anomalies: gather(split.labelledIndices), normalPositions: split.labelledNormalPositions.slice() },
    itemIds: { train: trainRows, test: split.testIndices.slice() },
    // Encoded again when a GAN asks (rarely): the set keeps only its gathered blocks.
    everyItem: encodeAll,
  };
}

/** Items of an image set by index: their pixels (0-255) and class labels (the feedback gallery). */
export function imageItems(dataset: MnistDataset, indices: Int32Array): { pixels: Uint8Array; labels: Uint8Array } {
  return { pixels: gatherRawPixels(dataset, indices), labels: Uint8Array.from(indices, (i) => dataset.labels[i]) };
}
