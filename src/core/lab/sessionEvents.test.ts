import { describe, expect, it } from 'vitest';
import { eventNames, eventTransfers } from './sessionEvents';

describe('the run events the worker forwards', () => {
  it('name every event once, with the buffers it moves', () => {
    expect(new Set(eventNames).size).toBe(eventNames.length);
    const values = new Float32Array(4);
    const noisy = new Float32Array(4);
    expect(eventTransfers.onSamples(values)).toEqual([values.buffer]);
    expect(eventTransfers.onSamples(values, noisy)).toEqual([values.buffer, noisy.buffer]);
    expect(eventTransfers.onProgress(3, 100)).toEqual([]);
  });

  it("list a buffer once when the chosen scorer's scores are also among every scorer's", () => {
    const testScores = new Float32Array(5);
    const trainScores = new Float32Array(3);
    const other = { testScores: new Float32Array(5), trainScores: new Float32Array(3) };
    const buffers = eventTransfers.onScores({
      testScores,
      trainScores,
      byScorer: { encoder: { testScores, trainScores }, disc: other },
    });
    expect(buffers).toHaveLength(4);
    expect(buffers).toContain(other.testScores.buffer);
  });
});
