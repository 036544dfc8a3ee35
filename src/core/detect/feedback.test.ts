import { describe, expect, it } from 'vitest';
import {
  feedbackRows,
  feedbackSummary,
  markKey,
  parseMarkKey,
  thresholdFromFeedback,
  trainingFeedback,
  type Mark,
} from './feedback';

const test = Float32Array.of(0.1, 0.9, 0.2, 0.8, 0.5);
const train = Float32Array.of(0.05, 0.7);

describe('feedback marks', () => {
  it('reads keys back, and refuses anything else', () => {
    expect(parseMarkKey(markKey('train', 12))).toEqual({ set: 'train', position: 12 });
    expect(parseMarkKey('test:x')).toBeNull();
    expect(parseMarkKey('other:1')).toBeNull();
  });

  it('measures the scores against the marks, training items included', () => {
    const marks = new Map<string, Mark>([
      ['test:1', 'anomaly'],
      ['train:1', 'anomaly'],
      ['test:0', 'normal'],
      ['test:4', 'normal'],
    ]);
    const summary = feedbackSummary(marks, test, train, 0.6);
    expect(summary).toMatchObject({ anomalies: 2, normals: 2, auroc: 1 });
    expect(summary.atThreshold).toMatchObject({ tp: 2, fp: 0, tn: 2, fn: 0 });
    // One kind only: AUROC cannot be known.
    expect(feedbackSummary(new Map([['test:1', 'anomaly']]), test, train, 0.5).auroc).toBeNaN();
  });

  it('places the threshold between the marked kinds, and needs a marked anomaly', () => {
    const marks = new Map<string, Mark>([
      ['test:3', 'anomaly'],
      ['test:1', 'anomaly'],
      ['test:4', 'normal'],
      ['test:2', 'normal'],
    ]);
    const placed = thresholdFromFeedback(marks, test, train)!;
    expect(placed.f1).toBe(1);
    expect(placed.threshold).toBeCloseTo((0.5 + 0.8) / 2, 6);
    // A marked normal item above a marked anomaly: the best F1 still flags the anomaly.
    const mixed = thresholdFromFeedback(
      new Map<string, Mark>([
        ['test:1', 'normal'],
        ['test:3', 'anomaly'],
      ]),
      test,
      train,
    )!;
    expect(mixed.threshold).toBeLessThan(0.8);
    expect(thresholdFromFeedback(new Map<string, Mark>([['test:0', 'normal']]), test, train)).toBeNull();
  });

  it('takes confirmed anomalies out of training (the same item seen as a test row too) and adds items marked normal', () => {
    const marks = new Map<string, Mark>([
      ['train:0', 'anomaly'],
      ['test:2', 'anomaly'], // item 12, also training position 2
      ['test:0', 'normal'], // item 10, not in training: added
      ['test:3', 'normal'], // item 13, in training already: not added twice
    ]);
    const items = { train: Int32Array.of(1, 11, 12, 13), test: Int32Array.of(10, 11, 12, 13) };
    expect(feedbackRows(trainingFeedback(marks), items)).toEqual({ keepTrain: [1, 3], addTest: [0] });
  });
});
