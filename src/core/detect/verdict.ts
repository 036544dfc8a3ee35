/**
 * Whether detection metrics may be reported for a set of scores. Two things make AUROC, AUPRC
 * and F1 meaningless while still producing numbers: scores that are not finite (NaN sorts
 * arbitrarily, so the ranking is noise) and a detector that trained on the very items it is
 * tested on. Either way the metrics are refused, with the reason as data the page words.
 */
export interface ScoreProvenance {
  /** The detector's training data included test items (e.g. a GAN trained on all digits). */
  trainedOnTest?: boolean;
  /**
   * Test positions the detector trained on (a retrain with feedback adds the test items marked
   * normal to its training items): they leave the test set, and the metrics are over the rest.
   */
  trainedOnTestItems?: readonly number[];
}

/** The test positions metrics are measured on: all but those the detector trained on (undefined: all). */
export function measuredPositions(count: number, provenance: ScoreProvenance = {}): Int32Array | undefined {
  const trained = provenance.trainedOnTestItems;
  if (!trained?.length) return undefined;
  const out = new Set(trained);
  return Int32Array.from({ length: count }, (_, i) => i).filter((i) => !out.has(i));
}

export function countNonFinite(scores: ArrayLike<number>): number {
  let count = 0;
  for (let i = 0; i < scores.length; i += 1) if (!Number.isFinite(scores[i])) count += 1;
  return count;
}

/** Why metrics are refused, as data; the page words it (catalogs' `refusal.<id>`). */
export type MetricsRefusal = { id: 'non-finite'; count: number; total: number } | { id: 'trained-on-test' };

export function metricsRefusal(testScores: ArrayLike<number>, provenance: ScoreProvenance = {}): MetricsRefusal | null {
  const nonFinite = countNonFinite(testScores);
  if (nonFinite > 0) return { id: 'non-finite', count: nonFinite, total: testScores.length };
  if (provenance.trainedOnTest) return { id: 'trained-on-test' };
  return null;
}

/** A copy safe to sort: NaN ranks as the most anomalous (the model could not score it). */
export function sortableScores(scores: Float32Array): Float32Array {
  return countNonFinite(scores) === 0 ? scores : scores.map((s) => (Number.isNaN(s) ? Number.POSITIVE_INFINITY : s));
}
