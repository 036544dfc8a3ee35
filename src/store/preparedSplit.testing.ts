import type { PreparedSplit } from '../core/lab/sessionTypes';

/** A four-item image split (2x2 pixels, one normal and one anomalous test item) for store tests. */
export const tinyImageSplit = (): PreparedSplit => ({
  counts: {
    train: 3,
    fit: 3,
    validation: 0,
    contamination: 0,
    testNormal: 1,
    testAnomalous: 1,
    labelledAnomalies: 0,
    labelledNormal: 0,
  },
  side: 2,
  testImages: new Uint8Array(8),
  testLabels: new Uint8Array(2),
  testIsAnomaly: Uint8Array.from([0, 1]),
  sampleRows: [],
});
