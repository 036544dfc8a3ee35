import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { rowsForDetector } from './labelledRows';
import type { SplitData } from './sessionData';

describe('rows for a detector, by what it does with labels', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  const split = (): SplitData => ({
    fit: tf.tensor2d([1, 2, 3, 4, 5, 6], [3, 2]),
    validation: null,
    test: tf.tensor2d([0, 0], [1, 2]),
    samples: tf.tensor2d([0, 0], [1, 2]),
    labels: { anomalies: tf.tensor2d([9, 9, 8, 8], [2, 2]), normalPositions: Int32Array.from([1]) },
  });

  it('keeps labelled anomalies from a detector that ignores labels', () => {
    const data = split();
    const made = rowsForDetector({ labels: 'ignores' }, data, data.labels);
    expect(made.rows.fit).toBe(data.fit);
    expect(made.rows.fitLabels).toBeUndefined();
    made.dispose();
    tf.dispose([data.fit, data.test, data.samples, data.labels!.anomalies!]);
  });

  it('appends them for a label-aware one, with +1 on revealed normal rows and -1 on the anomalies', async () => {
    const data = split();
    const before = tf.memory().numTensors;
    const made = rowsForDetector({ labels: 'uses' }, data, data.labels);
    expect(Array.from(await made.rows.fit.data())).toEqual([1, 2, 3, 4, 5, 6, 9, 9, 8, 8]);
    expect(Array.from(made.rows.fitLabels!)).toEqual([0, 1, 0, -1, -1]);
    made.dispose();
    expect(tf.memory().numTensors).toBe(before);
    // After a retrain with feedback the revealed normal row may sit elsewhere, or be left out.
    const moved = rowsForDetector({ labels: 'uses' }, data, data.labels, Int32Array.from([0, 2, 1]));
    expect(Array.from(moved.rows.fitLabels!)).toEqual([0, 0, 1, -1, -1]);
    moved.dispose();
    const leftOut = rowsForDetector({ labels: 'uses' }, data, data.labels, Int32Array.from([0, -1, 1]));
    expect(Array.from(leftOut.rows.fitLabels!)).toEqual([0, 0, 0, -1, -1]);
    leftOut.dispose();
    tf.dispose([data.fit, data.test, data.samples, data.labels!.anomalies!]);
  });

  it("adds the user's marks: marked anomalies appended after the budget's, marked normal rows labelled +1", async () => {
    const data = split();
    const marked = { anomalies: tf.tensor2d([7, 7], [1, 2]), normalRows: [2] };
    const made = rowsForDetector({ labels: 'needs' }, data, data.labels, null, marked);
    expect(Array.from(await made.rows.fit.data())).toEqual([1, 2, 3, 4, 5, 6, 9, 9, 8, 8, 7, 7]);
    expect(Array.from(made.rows.fitLabels!)).toEqual([0, 1, 1, -1, -1, -1]);
    made.dispose();
    // Without a budget, the marks alone.
    const alone = rowsForDetector({ labels: 'uses' }, data, null, null, marked);
    expect(Array.from(alone.rows.fitLabels!)).toEqual([0, 0, 1, -1]);
    alone.dispose();
    tf.dispose([data.fit, data.test, data.samples, data.labels!.anomalies!, marked.anomalies]);
  });
});
