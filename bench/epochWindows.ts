/**
 * Samples per second of each epoch after the first (warm-up), from the times epochs end. Loss
 * batches are no clock: with a readback in flight, two can arrive together at an epoch's end.
 */
export function epochWindows(epochEnds: number[], samplesPerEpoch: number): number[] {
  return epochEnds.slice(1).map((end, i) => samplesPerEpoch / ((end - epochEnds[i]) / 1000));
}
