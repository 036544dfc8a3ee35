import { describe, expect, it } from 'vitest';
import { perRoundRatios, spread, targetVerdict } from './bench-stats.mjs';

describe('per-round ratios and the target verdict', () => {
  const runs = [
    { round: 0, setup: 'threads', rate: 140 },
    { round: 0, setup: 'single', rate: 100 },
    { round: 1, setup: 'single', rate: 50 },
    { round: 1, setup: 'threads', rate: 75 },
    // A round with one side only (its other page failed) has no ratio.
    { round: 2, setup: 'threads', rate: 999 },
  ];

  it("pairs each round's own two runs, whatever their order", () => {
    const ratios = perRoundRatios(
      runs,
      (r) => r.setup,
      'threads',
      'single',
      (r) => r.rate,
    );
    expect(ratios).toEqual([
      { round: 0, ratio: 1.4 },
      { round: 1, ratio: 1.5 },
    ]);
  });

  it('is met only when the lowest round reaches the target, not met when the highest misses it', () => {
    expect(targetVerdict(spread([1.4, 1.45, 1.5]), 1.4)).toBe('met');
    expect(targetVerdict(spread([1.3, 1.35, 1.399]), 1.4)).toBe('not met');
    // Conv AE and DCGAN's run of issue #30: medians at 1.404 / 1.405, one round below 1.4 each.
    expect(targetVerdict(spread([1.39, 1.404, 1.42]), 1.4)).toBe('inside the noise (not decided)');
    expect(targetVerdict(spread([]), 1.4)).toBe('n/a');
  });
});
