import { describe, expect, it } from 'vitest';
import { midRank, rankEnsemble, rankNormalise, referenceOf } from './combine';

describe('rank ensemble', () => {
  it('ranks test and training scores together, ties sharing their mean rank', () => {
    const ranked = rankNormalise({ testScores: Float32Array.from([10, 1]), trainScores: Float32Array.from([5, 5]) });
    // Sorted: 1 (rank 1), 5, 5 (ranks 2 and 3, mean 2.5), 10 (rank 4); divided by 4.
    expect(Array.from(ranked.testScores)).toEqual([1, 0.25]);
    expect(Array.from(ranked.trainScores)).toEqual([0.625, 0.625]);
  });

  it('averages members on different scales by rank, so neither scale dominates', () => {
    const distances = { testScores: Float32Array.from([1000, 10, 20]), trainScores: Float32Array.from([5]) };
    const shares = { testScores: Float32Array.from([0.2, 0.9, 0.1]), trainScores: Float32Array.from([0.3]) };
    const { testScores, trainScores } = rankEnsemble([distances, shares]);
    // Ranks: distances 1, 0.5, 0.75 | 0.25; shares 0.5, 1, 0.25 | 0.75.
    expect(Array.from(testScores)).toEqual([0.75, 0.75, 0.5]);
    expect(Array.from(trainScores)).toEqual([0.5]);
    expect(() => rankEnsemble([])).toThrow(/at least one/);
    expect(() => rankEnsemble([distances, { ...shares, trainScores: new Float32Array(2) }])).toThrow(/splits/);
  });

  it('places a new score among the split scores: between them, beyond the highest, and below the lowest', () => {
    const reference = referenceOf({ testScores: Float32Array.from([10, 1]), trainScores: Float32Array.from([5, 5]) });
    expect(midRank(reference, 5)).toBe(0.625); // as the split's own 5s
    expect(midRank(reference, 7)).toBe(0.875); // above three of four: rank 3.5 of 4
    expect(midRank(reference, 99)).toBeGreaterThan(1); // beyond anything the split held ranks above its top
    expect(midRank(reference, 0)).toBe(0.125);
    expect(midRank(reference, Number.NaN)).toBeNaN();
  });
});
