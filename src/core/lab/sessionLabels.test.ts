import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type LabConfig } from '../config';
import { message, MessageError } from '../messages';
import { syntheticDigits } from './syntheticDigits';
import { LabSession, type ScoreResult, type SessionEvents } from './session';

/** The session's label paths: a label budget, marks as labels, and the trials of a settings search. */
const small = (model: LabConfig['model'], overrides: Partial<LabConfig> = {}): LabConfig => ({
  ...defaultConfig(model),
  layers: [16],
  latent: 4,
  epochs: 3,
  batch: 16,
  lr: 0.01,
  ...overrides,
});

function recorder() {
  const scores: ScoreResult[] = [];
  const events: SessionEvents = {
    onStepLosses: () => undefined,
    onEpoch: () => undefined,
    onSamples: () => undefined,
    onScores: (s) => void scores.push(s),
  };
  return { scores, events };
}

describe('lab session with labels', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('refuses a detector that needs labels on a split without, and trains it with a budget', async () => {
    const session = new LabSession();
    session.setDataset(syntheticDigits(40));
    await expect(session.train(small('classifier'), recorder().events)).rejects.toThrow(
      new MessageError(message('err.core.needsLabels', { detector: 'supervised classifier' })),
    );
    const { scores, events } = recorder();
    const outcome = await session.train(small('classifier', { labelled: 6 }), events);
    expect(outcome.status).toBe('done');
    expect(scores.at(-1)!.testScores.every((s) => s >= 0 && s <= 1)).toBe(true);
    session.dispose();
  });

  it('judges a search trial on validation data: AUROC with labelled anomalies, validation loss without', async () => {
    const session = new LabSession();
    session.setDataset(syntheticDigits(40));
    const withLabels = await session.searchTrial(small('deep-sad', { labelled: 6 }));
    expect(withLabels).toMatchObject({ criterion: 'validation-auroc', status: 'done' });
    expect(withLabels.value).toBeGreaterThan(0);
    expect(withLabels.value).toBeLessThanOrEqual(1);
    const without = await session.searchTrial(small('dense-ae'));
    expect(without.criterion).toBe('validation-loss');
    expect(Number.isFinite(without.value)).toBe(true);
    // A one-pass detector reports no validation loss: without labels it cannot be judged.
    await expect(session.searchTrial(small('knn'))).rejects.toThrow(
      new MessageError(message('err.search.needsLabels')),
    );
    session.dispose();
  });

  it('takes marked anomalies as labels: a classifier without a budget trains on three marks', async () => {
    const session = new LabSession();
    session.setDataset(syntheticDigits(40));
    const first = recorder();
    await session.train(small('deep-svdd'), first.events);
    const testCount = first.scores.at(-1)!.testScores.length;
    const marks = { anomalyTest: [testCount - 1, testCount - 2, testCount - 3], anomalyTrain: [], normalTest: [0] };
    // Without the marks it refuses (the first test); with them it learns from them.
    const second = recorder();
    const outcome = await session.train(small('classifier'), second.events, marks);
    expect(outcome.status).toBe('done');
    // The scores stay on the split as it was: the page leaves the marked items out of its metrics.
    expect(second.scores.at(-1)!.testScores.length).toBe(testCount);
    // A detector that ignores labels drops the confirmed anomalies instead, and still trains.
    expect((await session.train(small('deep-svdd'), recorder().events, marks)).status).toBe('done');
    session.dispose();
  });
});
