import { describe, expect, it } from 'vitest';
import { ganHealth, pixelSpread, type GanStepStats } from './health';

const steps = (s: Partial<GanStepStats>, n = 60): GanStepStats[] =>
  Array.from({ length: n }, (_, step) => ({ step, dLoss: 1.2, gLoss: 0.8, dReal: 0.6, dFake: 0.4, ...s }));

describe('GAN health hints', () => {
  it('stays quiet on a balanced run', () => {
    expect(
      ganHealth(steps({}), { score: 7, histogram: [7, 7, 6, 6, 6, 6, 7, 7, 6, 6], confidence: 0.9 }, 0.2, true),
    ).toEqual([]);
  });

  it('notices a discriminator winning outright and an exploding generator loss', () => {
    expect(ganHealth(steps({ dLoss: 0.01, dFake: 0.01 }), null, null, true)).toEqual(['discriminator-wins']);
    expect(ganHealth(steps({ gLoss: 12 }), null, null, true)).toEqual(['generator-explodes']);
  });

  it('notices samples that are all alike', () => {
    expect(ganHealth(steps({}), null, 0.001, false)).toEqual(['mode-collapse']);
    const collapsed = { score: 1.1, histogram: [0, 0, 0, 60, 0, 0, 0, 4, 0, 0], confidence: 0.95 };
    expect(ganHealth(steps({}), collapsed, 0.2, true)).toEqual(['mode-collapse']);
    // One normal digit: a single predicted class is the goal, not a collapse.
    expect(ganHealth(steps({}), collapsed, 0.2, false)).toEqual([]);
    expect(pixelSpread(new Float32Array(4 * 3).fill(0.5), 4)).toBe(0);
  });
});
