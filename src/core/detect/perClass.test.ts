import { describe, expect, it } from 'vitest';
import { auroc, buildScoreIndex, metricsAt } from './metrics';
import { classRecallAt, perClassDetection } from './perClass';
import { createRandom } from '../random';

describe('per-class detection', () => {
  // Normal class 1; anomalies of classes 0, 2 and 7, each scored higher by a different margin.
  const random = createRandom(5);
  const classOf: number[] = [];
  const isAnomaly: number[] = [];
  const scores: number[] = [];
  const shift: Record<number, number> = { 1: 0, 0: 2, 2: 0.5, 7: 0 };
  for (const [cls, n] of [
    [1, 300],
    [0, 40],
    [2, 50],
    [7, 30],
  ] as const) {
    for (let i = 0; i < n; i += 1) {
      classOf.push(cls);
      isAnomaly.push(cls === 1 ? 0 : 1);
      scores.push(random() + shift[cls]);
    }
  }

  it('orders the classes, counts their items, and ranks the easy class above the hard one', () => {
    const found = perClassDetection(scores, isAnomaly, classOf);
    expect(found.map((d) => d.cls)).toEqual([0, 2, 7]);
    expect(found.map((d) => d.count)).toEqual([40, 50, 30]);
    const [easy, middle, hard] = found;
    expect(easy.auroc).toBe(1);
    expect(middle.auroc).toBeGreaterThan(0.7);
    expect(middle.auroc).toBeLessThan(1);
    expect(hard.auroc).toBeGreaterThan(0.3);
    expect(hard.auroc).toBeLessThan(0.7);
  });

  it("agrees with the whole set's metrics: each AUROC on its class alone, recalls weighted to the overall recall", () => {
    const found = perClassDetection(scores, isAnomaly, classOf);
    const middle = found[1];
    const kept = scores.map((_, p) => p).filter((p) => classOf[p] === 1 || classOf[p] === 2);
    expect(middle.auroc).toBeCloseTo(auroc(buildScoreIndex(scores, isAnomaly, kept)), 12);
    for (const threshold of [0.2, 0.9, 1.3, 2.5]) {
      const overall = metricsAt(buildScoreIndex(scores, isAnomaly), threshold).recall;
      const weighted = found.reduce((sum, d) => sum + classRecallAt(d, threshold) * d.count, 0) / 120;
      expect(weighted).toBeCloseTo(overall, 12);
    }
    expect(classRecallAt(found[0], 1.9)).toBe(1);
    expect(classRecallAt(found[0], 3.1)).toBe(0);
  });

  it('measures only the positions given (items a detector trained on are left out)', () => {
    const positions = scores.map((_, p) => p).filter((p) => classOf[p] !== 7 && p % 2 === 0);
    const found = perClassDetection(scores, isAnomaly, classOf, positions);
    expect(found.map((d) => d.cls)).toEqual([0, 2]);
    expect(found.map((d) => d.count)).toEqual([20, 25]);
  });
});
