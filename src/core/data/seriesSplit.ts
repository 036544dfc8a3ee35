import { createRandom, shuffleInPlace } from '../random';
import { assembleSplit, type OneClassSplit } from './split';

/**
 * One-class split for sliding windows over a series. A random split of overlapping windows
 * leaks: a test window shares up to W-1 rows with its training neighbours, so the detector has
 * seen most of what it is tested on. Here the series is cut into contiguous blocks; whole blocks
 * go to training or test, and training windows keep a gap of at least W rows from every test
 * row, so no test row lies in any training window.
 */
export interface SeriesSplitOptions {
  /** Per unit (window), in series order: 1 when the window holds an anomalous row. */
  unitIsAnomaly: Uint8Array;
  /** Rows per window, and rows between the starts of consecutive windows. */
  window: number;
  stride: number;
  seed: number;
  /** Share of the anomaly-free blocks used for training. */
  trainFraction?: number;
  contaminationPercent?: number;
  validationFraction?: number;
  limit?: number;
}

/** Blocks hold at least four windows' worth of rows, and there are at most about 50 of them. */
export function seriesBlockLength(unitCount: number, window: number, stride: number): number {
  return Math.max(Math.ceil((4 * window) / stride), Math.ceil(unitCount / 50), 1);
}

export function seriesSplit(options: SeriesSplitOptions): OneClassSplit {
  const { unitIsAnomaly, window, stride, seed } = options;
  const unitCount = unitIsAnomaly.length;
  const trainFraction = options.trainFraction ?? 0.8;
  const contamination = Math.min(Math.max(options.contaminationPercent ?? 0, 0), 50) / 100;
  const validationFraction = options.validationFraction ?? 0.1;
  const random = createRandom(seed);

  const blockLength = seriesBlockLength(unitCount, window, stride);
  const blocks: { first: number; end: number; anomalous: number }[] = [];
  for (let first = 0; first < unitCount; first += blockLength) {
    const end = Math.min(unitCount, first + blockLength);
    let anomalous = 0;
    for (let u = first; u < end; u += 1) anomalous += unitIsAnomaly[u];
    blocks.push({ first, end, anomalous });
  }
  const clean = shuffleInPlace(
    blocks.filter((b) => b.anomalous === 0),
    random,
  );
  const dirty = shuffleInPlace(
    blocks.filter((b) => b.anomalous > 0),
    random,
  );
  // As in the one-class protocol, anomalies are tested; a few clean blocks are tested too.
  const cleanTrainCount =
    clean.length > 1 ? Math.min(clean.length - 1, Math.round(clean.length * trainFraction)) : clean.length;
  const trainBlocks = clean.slice(0, cleanTrainCount);
  const testBlocks = [...clean.slice(cleanTrainCount)];
  // Contamination: whole anomalous blocks join training until c% of its windows are anomalous.
  const cleanUnits = trainBlocks.reduce((sum, b) => sum + b.end - b.first, 0);
  const wanted = Math.round((cleanUnits * contamination) / (1 - contamination));
  let taken = 0;
  for (const block of dirty) {
    if (taken < wanted) {
      trainBlocks.push(block);
      taken += block.anomalous;
    } else testBlocks.push(block);
  }

  const isTest = new Uint8Array(unitCount);
  for (const block of testBlocks) isTest.fill(1, block.first, block.end);
  // Training windows end at least `window` rows before the first row of a test window and start
  // at least `window` rows after the last one: with rows [u*s, u*s+W), that is a distance of
  // ceil((2W - 1) / s) window positions on either side.
  const reach = Math.ceil((2 * window - 1) / stride);
  const nearTest = new Uint8Array(unitCount);
  for (let u = 0; u < unitCount; u += 1) {
    if (!isTest[u] || (isTest[u - 1] && isTest[u + 1])) continue;
    nearTest.fill(1, Math.max(0, u - reach), Math.min(unitCount, u + reach + 1));
  }
  const train: number[] = [];
  for (const block of trainBlocks) {
    for (let u = block.first; u < block.end; u += 1) if (!nearTest[u] && !isTest[u]) train.push(u);
  }
  const test: number[] = [];
  for (let u = 0; u < unitCount; u += 1) if (isTest[u]) test.push(u);
  const testIsAnomaly = Uint8Array.from(test, (u) => unitIsAnomaly[u]);
  return assembleSplit(shuffleInPlace(train, random), test, testIsAnomaly, (u) => unitIsAnomaly[u] === 1, {
    limit: options.limit ?? 0,
    validationFraction,
  });
}
