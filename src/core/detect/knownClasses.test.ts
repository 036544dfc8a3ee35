import { describe, expect, it } from 'vitest';
import { aurocOnClasses, knownClassSplit } from './knownClasses';
import { auroc, buildScoreIndex } from './metrics';

describe('AUROC on known and unknown anomaly classes', () => {
  // Normal items (class 1) score 0-3; anomalies of class 7 score high, of class 3 low.
  const scores = [0, 1, 2, 3, 10, 11, 12, 0.5, 1.5, 2.5];
  const isAnomaly = [0, 0, 0, 0, 1, 1, 1, 1, 1, 1];
  const classOf = [1, 1, 1, 1, 7, 7, 7, 3, 3, 3];

  it('measures the normal items against the anomalies of the chosen classes only', () => {
    expect(aurocOnClasses(scores, isAnomaly, classOf, (c) => c === 7)).toBe(1);
    // Class 3 against the normal items: 0.5 beats 1 of 4, 1.5 beats 2, 2.5 beats 3: 6 of 12.
    expect(aurocOnClasses(scores, isAnomaly, classOf, (c) => c === 3)).toBeCloseTo(0.5, 10);
    // Every class: the plain AUROC.
    expect(aurocOnClasses(scores, isAnomaly, classOf, () => true)).toBeCloseTo(
      auroc(buildScoreIndex(scores, isAnomaly)),
      10,
    );
  });

  it('is NaN where no anomaly of those classes is tested, and leaves out unmeasured positions', () => {
    expect(aurocOnClasses(scores, isAnomaly, classOf, (c) => c === 5)).toBeNaN();
    // Without the normal item scoring 3, class 3 beats 0.5... : 1 + 2 + 3 of 9 pairs.
    expect(aurocOnClasses(scores, isAnomaly, classOf, (c) => c === 3, [0, 1, 2, 7, 8, 9])).toBeCloseTo(6 / 9, 10);
  });

  it('names the known classes: the chosen ones among the anomalous, or all of those when none is chosen', () => {
    expect(knownClassSplit(10, [1], [7])).toEqual({ known: [7], unknown: [0, 2, 3, 4, 5, 6, 8, 9] });
    expect(knownClassSplit(10, [1], [])).toEqual({ known: [0, 2, 3, 4, 5, 6, 7, 8, 9], unknown: [] });
    // A normal class named as known is not an anomaly class.
    expect(knownClassSplit(4, [0, 1], [1, 2])).toEqual({ known: [2], unknown: [3] });
  });
});
