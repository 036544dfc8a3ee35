import { auroc, buildScoreIndex } from './metrics';

/**
 * AUROC on part of the anomalies: every normal test item against only the anomalies whose class
 * passes `keep` (the classes labelled anomalies were drawn from, or the others). The honest answer to
 * "does a detector taught with labels only find what it was shown?". NaN without such anomalies.
 * `positions`: the measured test positions (default all).
 */
export function aurocOnClasses(
  scores: ArrayLike<number>,
  isAnomaly: ArrayLike<number>,
  classOf: ArrayLike<number>,
  keep: (cls: number) => boolean,
  positions?: ArrayLike<number>,
): number {
  const measured = positions ? Array.from(positions) : Array.from({ length: scores.length }, (_, i) => i);
  const kept = measured.filter((p) => !isAnomaly[p] || keep(classOf[p]));
  const index = buildScoreIndex(scores, isAnomaly, kept);
  if (index.anomalies === 0 || index.anomalies === index.total) return Number.NaN;
  return auroc(index);
}

/**
 * The anomalous classes labelled anomalies come from (`known`, or every class that is not normal
 * when it is empty) and those they do not: the split of a known / unknown report.
 */
export function knownClassSplit(
  classCount: number,
  normal: readonly number[],
  known: readonly number[],
): { known: number[]; unknown: number[] } {
  const anomalous = Array.from({ length: classCount }, (_, c) => c).filter((c) => !normal.includes(c));
  const chosen = known.length ? anomalous.filter((c) => known.includes(c)) : anomalous;
  return { known: chosen, unknown: anomalous.filter((c) => !chosen.includes(c)) };
}
