import { createRandom, shuffleInPlace } from '../random';

/** One-class protocol: the chosen digits are normal, every other digit is an anomaly. */
export interface SplitOptions {
  labels: Uint8Array;
  normalClasses: readonly number[];
  seed: number;
  /** Share of the normal samples used for training (the rest is tested). */
  trainFraction?: number;
  /** Percent of the training set made of anomalies (0 = clean training data). */
  contaminationPercent?: number;
  /** Share of the training set held out from gradient updates to report validation loss. */
  validationFraction?: number;
  /** Cap on training samples (fit + validation); 0 = no cap. */
  limit?: number;
  /**
   * Cap on test samples, 0 = no cap: a stratified seeded subsample that keeps the share of
   * anomalies, for slow devices (a conv model on a software renderer scores ~30 items a second).
   */
  testLimit?: number;
  /**
   * The label budget: this many anomalies revealed to training with their label, drawn (seeded) from
   * the anomalies neither mixed into training nor tested, so a labelled item is never scored.
   */
  labelled?: number;
  /** Classes the labelled anomalies come from (empty: every anomalous class). */
  knownClasses?: readonly number[];
  /** This many of the normal training items (in the fit part) have their label revealed too. */
  labelledNormal?: number;
}

export interface OneClassSplit {
  fitIndices: Int32Array;
  validationIndices: Int32Array;
  testIndices: Int32Array;
  /** 1 where the test sample is an anomaly. */
  testIsAnomaly: Uint8Array;
  /** Labelled anomalies: items outside both the training and the test items, revealed with their label. */
  labelledIndices: Int32Array;
  /** Positions in `fitIndices` of the normal training items whose label is revealed. */
  labelledNormalPositions: Int32Array;
  counts: {
    train: number;
    fit: number;
    validation: number;
    contamination: number;
    testNormal: number;
    testAnomalous: number;
    /** The label budget as drawn (fewer than asked when the pool runs short). */
    labelledAnomalies: number;
    labelledNormal: number;
  };
}

export function oneClassSplit(options: SplitOptions): OneClassSplit {
  const { labels, normalClasses, seed } = options;
  const trainFraction = options.trainFraction ?? 0.8;
  const contamination = Math.min(Math.max(options.contaminationPercent ?? 0, 0), 50) / 100;
  const validationFraction = options.validationFraction ?? 0.1;
  const limit = options.limit ?? 0;
  const random = createRandom(seed);
  const isNormal = new Set(normalClasses);

  const normal: number[] = [];
  const anomalous: number[] = [];
  labels.forEach((label, index) => (isNormal.has(label) ? normal : anomalous).push(index));
  shuffleInPlace(normal, random);
  shuffleInPlace(anomalous, random);

  const trainNormalCount = Math.round(normal.length * trainFraction);
  const trainNormal = normal.slice(0, trainNormalCount);
  // c% of the final training set is anomalous: k / (n + k) = c  =>  k = n c / (1 - c).
  const contaminationCount = Math.min(
    anomalous.length,
    Math.round((trainNormal.length * contamination) / (1 - contamination)),
  );
  const trainAnomalous = anomalous.slice(0, contaminationCount);
  // Labelled anomalies come out of what would be tested: the first of the known classes, in the
  // shuffled order (no extra draw, so a split without a label budget is the one it always was).
  const known = new Set(options.knownClasses?.length ? options.knownClasses : labels);
  const wanted = Math.max(0, options.labelled ?? 0);
  const untrained = anomalous.slice(contaminationCount);
  const labelled: number[] = [];
  for (const index of untrained) {
    if (labelled.length >= wanted) break;
    if (known.has(labels[index])) labelled.push(index);
  }
  const isLabelled = new Set(labelled);
  let testAnomalous = isLabelled.size ? untrained.filter((index) => !isLabelled.has(index)) : untrained;
  let testNormal = normal.slice(trainNormalCount);
  const testLimit = options.testLimit ?? 0;
  const testCount = testNormal.length + testAnomalous.length;
  if (testLimit > 0 && testCount > testLimit) {
    // Both parts were shuffled: their prefixes are seeded samples. Keep at least one of each.
    const normalShare = Math.round((testLimit * testNormal.length) / testCount);
    const keepNormal = Math.min(testNormal.length, Math.max(testNormal.length ? 1 : 0, normalShare));
    testNormal = testNormal.slice(0, keepNormal);
    testAnomalous = testAnomalous.slice(0, testLimit - keepNormal);
  }

  const train = shuffleInPlace([...trainNormal, ...trainAnomalous], random);
  const testIsAnomaly = new Uint8Array(testNormal.length + testAnomalous.length).fill(1, testNormal.length);
  return assembleSplit(
    train,
    [...testNormal, ...testAnomalous],
    testIsAnomaly,
    (index) => !isNormal.has(labels[index]),
    { limit, validationFraction, labelled, labelledNormal: options.labelledNormal ?? 0 },
  );
}

/**
 * The common end of every one-class split: cap the (already shuffled) training items, hold out a
 * validation share, and count what the page shows.
 */
export function assembleSplit(
  shuffledTrain: number[],
  test: number[],
  testIsAnomaly: Uint8Array,
  isAnomalous: (index: number) => boolean,
  options: { limit: number; validationFraction: number; labelled?: readonly number[]; labelledNormal?: number },
): OneClassSplit {
  const train =
    options.limit > 0 && shuffledTrain.length > options.limit ? shuffledTrain.slice(0, options.limit) : shuffledTrain;
  const validationCount = train.length >= 10 ? Math.round(train.length * options.validationFraction) : 0;
  const validation = train.slice(0, validationCount);
  const fit = train.slice(validationCount);
  const testAnomalous = testIsAnomaly.reduce((sum, flag) => sum + flag, 0);
  // Revealed normal labels: the first normal items of the (shuffled) fit part.
  const labelledNormalPositions: number[] = [];
  const wantedNormal = Math.max(0, options.labelledNormal ?? 0);
  for (let p = 0; p < fit.length && labelledNormalPositions.length < wantedNormal; p += 1) {
    if (!isAnomalous(fit[p])) labelledNormalPositions.push(p);
  }
  const labelled = options.labelled ?? [];
  return {
    fitIndices: Int32Array.from(fit),
    validationIndices: Int32Array.from(validation),
    testIndices: Int32Array.from(test),
    testIsAnomaly,
    labelledIndices: Int32Array.from(labelled),
    labelledNormalPositions: Int32Array.from(labelledNormalPositions),
    counts: {
      train: train.length,
      fit: fit.length,
      validation: validation.length,
      contamination: train.filter(isAnomalous).length,
      testNormal: test.length - testAnomalous,
      testAnomalous,
      labelledAnomalies: labelled.length,
      labelledNormal: labelledNormalPositions.length,
    },
  };
}
