import { describe, expect, it } from 'vitest';
import { auprc, auroc, buildScoreIndex, confusionAt, metricsAt, rocCurve, thinCurve } from './metrics';

describe('threshold metrics', () => {
  // scores: 0.1(n) 0.2(n) 0.3(a) 0.4(n) 0.5(a) 0.6(a)
  const index = buildScoreIndex([0.5, 0.1, 0.4, 0.3, 0.6, 0.2], [1, 0, 0, 1, 1, 0]);

  it('keeps the ascending order of the input positions', () => {
    expect(Array.from(index.order)).toEqual([1, 5, 3, 2, 0, 4]);
  });

  it('counts the confusion matrix with score > threshold flagged', () => {
    expect(confusionAt(index, 0.35)).toEqual({ tp: 2, fp: 1, tn: 2, fn: 1 });
    // A sample exactly at the threshold is not flagged.
    expect(confusionAt(index, 0.4)).toEqual({ tp: 2, fp: 0, tn: 3, fn: 1 });
    expect(confusionAt(index, -1)).toEqual({ tp: 3, fp: 3, tn: 0, fn: 0 });
    expect(confusionAt(index, 1)).toEqual({ tp: 0, fp: 0, tn: 3, fn: 3 });
  });

  it('derives precision, recall, F1 and accuracy by hand', () => {
    const m = metricsAt(index, 0.35);
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.f1).toBeCloseTo(2 / 3);
    expect(m.accuracy).toBeCloseTo(4 / 6);
    expect(m.falsePositiveRate).toBeCloseTo(1 / 3);
    // Nothing flagged: precision 0 by convention, not NaN.
    expect(metricsAt(index, 5)).toMatchObject({ precision: 0, recall: 0, f1: 0, accuracy: 0.5 });
  });

  it('computes AUROC as the share of correctly ordered pairs', () => {
    // Pairs (a, n): 0.3 beats 0.1, 0.2 not 0.4; 0.5 and 0.6 beat all three => 8 / 9.
    expect(auroc(index)).toBeCloseTo(8 / 9);
    expect(auroc(buildScoreIndex([1, 2, 3, 4], [0, 0, 1, 1]))).toBe(1);
    expect(auroc(buildScoreIndex([1, 2, 3, 4], [1, 1, 0, 0]))).toBe(0);
  });

  it('counts ties as half a correct pair', () => {
    expect(auroc(buildScoreIndex([0.5, 0.5], [0, 1]))).toBeCloseTo(0.5);
    // a=0.5 vs n={0.5, 0.2}: one tie (0.5) and one win (1) => 0.75.
    expect(auroc(buildScoreIndex([0.5, 0.5, 0.2], [1, 0, 0]))).toBeCloseTo(0.75);
    expect(auprc(buildScoreIndex([0.5, 0.5], [0, 1]))).toBeCloseTo(0.5);
  });

  it('computes AUPRC as average precision', () => {
    // Ranked high to low: a(0.6) a(0.5) n(0.4) a(0.3) ... => (1 + 1 + 3/4) / 3.
    expect(auprc(index)).toBeCloseTo((1 + 1 + 0.75) / 3);
  });

  it('reports NaN for AUROC when one class is missing, and stays finite elsewhere', () => {
    const allNormal = buildScoreIndex([0.1, 0.2, 0.3], [0, 0, 0]);
    expect(auroc(allNormal)).toBeNaN();
    expect(auprc(allNormal)).toBeNaN();
    expect(metricsAt(allNormal, 0.15)).toMatchObject({ tp: 0, fp: 2, precision: 0, recall: 0 });
    const allAnomalous = buildScoreIndex([0.1, 0.2], [1, 1]);
    expect(auroc(allAnomalous)).toBeNaN();
    expect(auprc(allAnomalous)).toBeCloseTo(1);
  });

  it('handles a single sample', () => {
    const one = buildScoreIndex([0.7], [1]);
    expect(confusionAt(one, 0.5)).toEqual({ tp: 1, fp: 0, tn: 0, fn: 0 });
    expect(rocCurve(one)).toHaveLength(2);
  });

  it('starts the ROC curve at (0,0) and ends it at (1,1)', () => {
    const roc = rocCurve(index);
    expect(roc[0]).toMatchObject({ fpr: 0, tpr: 0 });
    expect(roc[roc.length - 1]).toMatchObject({ fpr: 1, tpr: 1 });
  });

  it('thins long curves keeping both ends', () => {
    const points = Array.from({ length: 1000 }, (_, i) => i);
    const thin = thinCurve(points, 11);
    expect(thin).toHaveLength(11);
    expect(thin[0]).toBe(0);
    expect(thin[10]).toBe(999);
  });

  it('matches a brute-force count at 100,000 samples', () => {
    const n = 100_000;
    const scores = Array.from({ length: n }, (_, i) => Math.sin(i) * 10);
    const labels = Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 1 : 0));
    const big = buildScoreIndex(scores, labels);
    const threshold = 3.3;
    let tp = 0;
    let fp = 0;
    scores.forEach((s, i) => {
      if (s > threshold) {
        if (labels[i]) tp += 1;
        else fp += 1;
      }
    });
    expect(confusionAt(big, threshold)).toMatchObject({ tp, fp });
  });
});

describe('measuring some of the items', () => {
  const scores = [0.1, 0.9, 0.4, 0.8, 0.2, 0.7];
  const labels = [0, 1, 0, 0, 1, 1];

  it('measures only the given positions, and ranks them by their positions among all the scores', () => {
    const positions = [0, 1, 2, 4, 5];
    const index = buildScoreIndex(scores, labels, positions);
    expect(index.total).toBe(5);
    expect(index.anomalies).toBe(3);
    expect(Array.from(index.order)).toEqual([0, 4, 2, 5, 1]);
    const alone = buildScoreIndex(
      positions.map((p) => scores[p]),
      positions.map((p) => labels[p]),
    );
    expect(auroc(index)).toBe(auroc(alone));
    expect(confusionAt(index, 0.5)).toEqual(confusionAt(alone, 0.5));
  });
});
