import { describe, expect, it } from 'vitest';
import { auroc, buildScoreIndex } from '../core/detect/metrics';
import { deriveResults } from './scoreResults';

describe('results of a detector that trained on some test items', () => {
  const scores = Float32Array.from([0.1, 0.2, 0.9, 0.3, 0.8, 0.05, 0.7]);
  const labels = Uint8Array.from([0, 0, 1, 0, 1, 0, 1]);

  it('leave those items out of every metric and the histogram, and say how many', () => {
    const all = deriveResults(scores, new Float32Array(3), labels);
    expect(all.leftOut).toBe(0);
    // A normal item (position 5) the retrain was told is normal and trained on: it scores lowest now.
    const results = deriveResults(scores, new Float32Array(3), labels, null, { trainedOnTestItems: [5, 3] });
    expect(results.leftOut).toBe(2);
    expect(results.index.total).toBe(5);
    const kept = [0, 1, 2, 4, 6];
    const alone = buildScoreIndex(
      kept.map((p) => scores[p]),
      kept.map((p) => labels[p]),
    );
    expect(results.auroc).toBe(auroc(alone));
    expect(results.histogram.reduce((n, b) => n + b.normal + b.anomalous, 0)).toBe(5);
    expect(Array.from(results.index.order)).not.toContain(5);
    expect(results.refusal).toBeNull();
  });
});
