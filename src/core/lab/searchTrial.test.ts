import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { trialData } from './searchTrial';
import type { SplitData } from './sessionData';

describe('the data of a search trial', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  const split = (anomalies: number): SplitData => ({
    fit: tf.ones([6, 2]),
    validation: tf.fill([3, 2], 2),
    test: tf.fill([4, 2], 9),
    samples: tf.fill([1, 2], 9),
    labels: anomalies
      ? {
          anomalies: tf.tensor2d(
            Array.from({ length: anomalies * 2 }, (_, i) => 10 + i),
            [anomalies, 2],
          ),
          normalPositions: new Int32Array(0),
        }
      : null,
  });

  it('with labelled anomalies: trains on half, judges on validation rows plus the other half, never the test rows', async () => {
    const data = split(5);
    const trial = trialData(data);
    expect(trial.criterion).toBe('validation-auroc');
    // Nothing held out trains: one-pass detectors would fit the validation rows otherwise.
    expect(trial.rows.validation).toBeNull();
    expect(trial.rows.fit).toBe(data.fit);
    expect(trial.labels!.anomalies!.shape).toEqual([2, 2]);
    expect(Array.from(await trial.judged!.rows.data())).toEqual([2, 2, 2, 2, 2, 2, 14, 15, 16, 17, 18, 19]);
    expect(Array.from(trial.judged!.isAnomaly)).toEqual([0, 0, 0, 1, 1, 1]);
    expect((await trial.judged!.rows.data()).includes(9)).toBe(false);
    trial.dispose();
  });

  it('without them: judged by the validation loss, on the split as it is', () => {
    const data = split(0);
    const trial = trialData(data);
    expect(trial.criterion).toBe('validation-loss');
    expect(trial.rows).toBe(data);
    expect(trial.judged).toBeNull();
  });
});
