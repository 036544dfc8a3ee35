import { describe, expect, it } from 'vitest';
import { buildScoreIndex, metricsAt } from './metrics';
import { bestF1Threshold, meanPlusKStdThreshold, percentileThreshold, thresholdFor } from './thresholds';
import { scoreHistogram } from './histogram';
import { createRandom } from '../random';

describe('automatic thresholds', () => {
  it('mean + k std uses the population standard deviation', () => {
    // mean 5, std 2
    expect(meanPlusKStdThreshold([2, 4, 4, 4, 5, 5, 7, 9], 2)).toBeCloseTo(9);
    expect(meanPlusKStdThreshold([3, 3, 3], 2)).toBe(3);
    expect(meanPlusKStdThreshold([], 2)).toBeNaN();
  });

  it('percentile interpolates linearly and clamps', () => {
    expect(percentileThreshold([1, 2, 3, 4, 5], 50)).toBe(3);
    expect(percentileThreshold([1, 2, 3, 4, 5], 95)).toBeCloseTo(4.8);
    expect(percentileThreshold([5, 1, 3], 200)).toBe(5);
    expect(percentileThreshold([], 90)).toBeNaN();
  });

  it('best F1 finds the separating threshold', () => {
    const index = buildScoreIndex([0.1, 0.2, 0.3, 0.8, 0.9], [0, 0, 0, 1, 1]);
    const best = bestF1Threshold(index);
    expect(best.f1).toBe(1);
    expect(best.threshold).toBeGreaterThan(0.3);
    expect(best.threshold).toBeLessThan(0.8);
    expect(metricsAt(index, best.threshold).f1).toBe(1);
  });

  it('best F1 flags everything when the anomalies score lowest', () => {
    const index = buildScoreIndex([0.1, 0.9], [1, 0]);
    const best = bestF1Threshold(index);
    expect(best.f1).toBeCloseTo(2 / 3);
    expect(metricsAt(index, best.threshold).tp).toBe(1);
  });

  it('best F1 (one sweep) matches a search that scores every distinct threshold with metricsAt', () => {
    const random = createRandom(3);
    for (let trial = 0; trial < 20; trial += 1) {
      const n = 50 + Math.floor(random() * 200);
      // Rounded scores make ties, as real scores often have.
      const scores = Array.from({ length: n }, () => Math.round(random() * 40) / 40);
      const labels = scores.map((s) => (random() < 0.3 + s * 0.5 ? 1 : 0));
      const index = buildScoreIndex(scores, labels);
      const best = bestF1Threshold(index);
      const candidates = [...new Set(scores)].map((s) => s - 1e-9);
      const searched = Math.max(...candidates.map((t) => metricsAt(index, t).f1));
      expect(best.f1).toBe(searched);
      expect(metricsAt(index, best.threshold).f1).toBe(best.f1);
    }
  });
});

describe('score histogram', () => {
  it('splits counts by class on shared edges', () => {
    const bins = scoreHistogram([0, 0.1, 0.9, 1], [0, 0, 1, 1], 2, 1);
    expect(bins).toHaveLength(2);
    expect(bins[0]).toMatchObject({ normal: 2, anomalous: 0 });
    expect(bins[1]).toMatchObject({ normal: 0, anomalous: 2 });
  });

  it('keeps every sample when clipping outliers into the last bin', () => {
    const scores = [...Array.from({ length: 999 }, (_, i) => i / 999), 1e6];
    const bins = scoreHistogram(scores, null, 10);
    expect(bins.reduce((sum, b) => sum + b.normal + b.anomalous, 0)).toBe(1000);
    expect(bins[bins.length - 1].x1).toBeLessThan(2);
  });

  it('copes with one distinct value', () => {
    const bins = scoreHistogram([0.5, 0.5, 0.5], [0, 1, 0], 5);
    expect(bins.reduce((sum, b) => sum + b.normal + b.anomalous, 0)).toBe(3);
  });
});

describe('threshold by method', () => {
  const trainScores = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const testScores = Float32Array.from({ length: 100 }, (_, i) => i);
  const isAnomaly = Uint8Array.from({ length: 100 }, (_, i) => (i >= 90 ? 1 : 0));
  const index = buildScoreIndex(testScores, isAnomaly);
  const choice = { method: 'meanstd' as const, value: 0.5, k: 2, percentile: 90, contamination: 10 };
  const scores = { trainScores, testScores, index, labelled: true };

  it('gives each method its own threshold, a manual value unchanged', () => {
    expect(thresholdFor(choice, scores)).toBeCloseTo(meanPlusKStdThreshold(trainScores, 2));
    expect(thresholdFor({ ...choice, method: 'manual' }, scores)).toBe(0.5);
    expect(thresholdFor({ ...choice, method: 'percentile' }, scores)).toBeCloseTo(9.1);
    const flagged = (t: number) => testScores.filter((s) => s > t).length;
    expect(flagged(thresholdFor({ ...choice, method: 'contamination' }, scores))).toBe(10);
    expect(metricsAt(index, thresholdFor({ ...choice, method: 'bestf1' }, scores)).f1).toBe(1);
  });

  it('falls back to mean + k·std for best F1 without labels, and to the median for non-finite values', () => {
    expect(thresholdFor({ ...choice, method: 'bestf1' }, { ...scores, labelled: false })).toBeCloseTo(
      meanPlusKStdThreshold(trainScores, 2),
    );
    expect(thresholdFor(choice, { ...scores, trainScores: [Number.NaN, 1] })).toBe(50);
  });
});
