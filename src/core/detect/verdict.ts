/**
 * Whether detection metrics may be reported for a set of scores. Two things make AUROC, AUPRC
 * and F1 meaningless while still producing numbers: scores that are not finite (NaN sorts
 * arbitrarily, so the ranking is noise) and a detector that trained on the very items it is
 * tested on. Either way the metrics are refused, with the reason in words.
 */
export interface ScoreProvenance {
  /** The detector's training data included test items (e.g. a GAN trained on all digits). */
  trainedOnTest?: boolean;
}

export function countNonFinite(scores: ArrayLike<number>): number {
  let count = 0;
  for (let i = 0; i < scores.length; i += 1) if (!Number.isFinite(scores[i])) count += 1;
  return count;
}

export function metricsRefusal(testScores: ArrayLike<number>, provenance: ScoreProvenance = {}): string | null {
  const nonFinite = countNonFinite(testScores);
  if (nonFinite > 0) {
    return (
      `${nonFinite} of ${testScores.length} scores are not finite numbers (NaN or infinite), so the ranking is arbitrary ` +
      'and no detection metric is reported. The model probably diverged: lower the learning rate, or check the data for extreme values.'
    );
  }
  if (provenance.trainedOnTest) {
    return (
      'This detector trained on the test items themselves (the GAN learned from all digits), so detection metrics ' +
      'would be measured on data it has seen and are not reported. Train the GAN on the normal digits to measure detection.'
    );
  }
  return null;
}

/** A copy safe to sort: NaN ranks as the most anomalous (the model could not score it). */
export function sortableScores(scores: Float32Array): Float32Array {
  return countNonFinite(scores) === 0 ? scores : scores.map((s) => (Number.isNaN(s) ? Number.POSITIVE_INFINITY : s));
}
