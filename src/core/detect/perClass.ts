import { aurocOnClasses } from './knownClasses';
import { countAtOrBelow } from './metrics';

/** How well the detector finds one anomalous class: the per-class view ("which digits does it miss?"). */
export interface ClassDetection {
  /** The class (a digit, a label value's index). */
  cls: number;
  /** Its test items measured. */
  count: number;
  /** AUROC of this class's items against the normal items (threshold-free). */
  auroc: number;
  /** Its items' scores, ascending: its recall at any threshold is a binary search. */
  sorted: Float64Array;
}

/**
 * Per anomalous class, its AUROC against the normal items and its sorted scores. `positions`: the
 * test positions measured (default all; items the detector trained on are left out as elsewhere).
 */
export function perClassDetection(
  scores: ArrayLike<number>,
  isAnomaly: ArrayLike<number>,
  classOf: ArrayLike<number>,
  positions?: ArrayLike<number>,
): ClassDetection[] {
  const measured = positions ? Array.from(positions) : Array.from({ length: scores.length }, (_, i) => i);
  const byClass = new Map<number, number[]>();
  for (const p of measured) {
    if (!isAnomaly[p]) continue;
    const list = byClass.get(classOf[p]) ?? [];
    list.push(scores[p]);
    byClass.set(classOf[p], list);
  }
  return [...byClass.keys()]
    .sort((a, b) => a - b)
    .map((cls) => {
      const own = byClass.get(cls)!;
      return {
        cls,
        count: own.length,
        auroc: aurocOnClasses(scores, isAnomaly, classOf, (c) => c === cls, measured),
        sorted: Float64Array.from(own).sort(),
      };
    });
}

/** The share of a class's items flagged (score above the threshold, as everywhere in the lab). */
export function classRecallAt(detection: ClassDetection, threshold: number): number {
  if (detection.count === 0) return Number.NaN;
  return (detection.count - countAtOrBelow(detection.sorted, threshold)) / detection.count;
}
