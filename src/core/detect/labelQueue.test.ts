import { describe, expect, it } from 'vitest';
import { queueItems, randomLabels } from './labelQueue';

const testScores = Float32Array.from([0.1, 0.9, 0.5, 0.45, 0.8, 0.2, 0.95, 0.55, 0.3, 0.7, 0.65, 0.85]);

describe('the label queue', () => {
  it('asks about the most anomalous unlabelled items first (top)', () => {
    const input = { testScores, threshold: 0.5, excluded: new Set([6]), points: null };
    expect(queueItems('top', input, 4)).toEqual([1, 11, 4, 9]);
  });

  it('asks about the items nearest the threshold (uncertain)', () => {
    const input = { testScores, threshold: 0.5, excluded: new Set<number>(), points: null };
    expect(queueItems('uncertain', input, 3)).toEqual([2, 3, 7]);
  });

  it('spreads its picks over the space (diverse): never two from one tight cluster while another is unasked', () => {
    // Twelve items on a line: 0-5 in a cluster near 0, 6-11 in a cluster near 10.
    const positions = Int32Array.from({ length: 12 }, (_, i) => i);
    const values = Float32Array.from(positions, (i) => (i < 6 ? i * 0.01 : 10 + i * 0.01));
    const scores = Float32Array.from(positions, (i) => (i < 6 ? 1 - i * 0.01 : 0.5 - i * 0.01));
    const input = {
      testScores: scores,
      threshold: 0.5,
      excluded: new Set<number>(),
      points: { values, width: 1, positions },
    };
    const picks = queueItems('diverse', input, 2);
    expect(picks[0]).toBe(0);
    expect(picks[1]).toBeGreaterThanOrEqual(6);
    // Top would take two of the first cluster.
    expect(queueItems('top', input, 2)).toEqual([0, 1]);
  });

  it('draws seeded random labels from the open items, with their true marks', () => {
    const truth = Uint8Array.from([0, 1, 0, 1, 0, 1]);
    const a = randomLabels([0, 1, 2, 3, 4, 5], truth, 3, 7);
    expect(a).toEqual(randomLabels([0, 1, 2, 3, 4, 5], truth, 3, 7));
    expect(new Set(a.map((l) => l.position)).size).toBe(3);
    a.forEach((l) => expect(l.anomaly).toBe(truth[l.position] === 1));
  });
});
