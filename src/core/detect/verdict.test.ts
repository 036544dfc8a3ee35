import { describe, expect, it } from 'vitest';
import { auroc, buildScoreIndex } from './metrics';
import { countNonFinite, measuredPositions, metricsRefusal, sortableScores } from './verdict';

describe('metrics verdict', () => {
  it('refuses metrics on non-finite scores that would still give a finite AUROC', () => {
    const scores = Float32Array.from([0.1, Number.NaN, 0.3, Number.POSITIVE_INFINITY, 0.2, 0.9]);
    const isAnomaly = Uint8Array.from([0, 1, 0, 1, 0, 1]);
    expect(Number.isFinite(auroc(buildScoreIndex(sortableScores(scores), isAnomaly)))).toBe(true);
    expect(countNonFinite(scores)).toBe(2);
    expect(metricsRefusal(scores)).toEqual({ id: 'non-finite', count: 2, total: 6 });
  });

  it('refuses metrics for a detector that trained on its test items, and allows clean ones', () => {
    const scores = Float32Array.from([0.1, 0.5]);
    expect(metricsRefusal(scores, { trainedOnTest: true })).toEqual({ id: 'trained-on-test' });
    expect(metricsRefusal(scores, { trainedOnTest: false })).toBeNull();
    expect(sortableScores(scores)).toBe(scores);
  });
});

describe('test items the detector trained on', () => {
  it('are the positions left out of what is measured; none trained on means every position', () => {
    expect(measuredPositions(5, {})).toBeUndefined();
    expect(measuredPositions(5, { trainedOnTestItems: [] })).toBeUndefined();
    expect(Array.from(measuredPositions(5, { trainedOnTestItems: [3, 1] })!)).toEqual([0, 2, 4]);
  });
});
