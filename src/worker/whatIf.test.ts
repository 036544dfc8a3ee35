import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../core/config';
import { LabSession, type ScoreResult, type SessionEvents } from '../core/lab/session';
import { MessageError } from '../core/messages';
import { TableHost } from './tableHost';

/** A table of two numeric columns and a category, with a few rows far off in x. */
function file(): Blob {
  const rows = Array.from({ length: 120 }, (_, i) => {
    const x = i % 10 === 0 ? 40 + i / 10 : (i * 7) % 13;
    return `${x},${(i * 3) % 11},${i % 2 ? 'a' : 'b'}`;
  });
  return new Blob([['x,y,kind', ...rows].join('\n')]);
}

async function trainedTable(model: 'iforest' | 'dense-ae') {
  const session = new LabSession();
  const host = new TableHost(session);
  const loaded = await host.load(
    { kind: 'table', file: file(), fileName: 't.csv', options: { decimalComma: false } },
    () => {},
  );
  if (!loaded.ok) throw new Error('not loaded');
  const config = { ...defaultConfig(model), dataset: 'csv' as const, epochs: 3 };
  const prepared = host.prepare({ kind: 'table', config, plan: loaded.summary.plan });
  if (!prepared.ok) throw new Error('not prepared');
  let scores: ScoreResult | null = null;
  const events: SessionEvents = {
    onStepLosses: () => undefined,
    onEpoch: () => undefined,
    onSamples: () => undefined,
    onScores: (s) => {
      scores = s;
    },
  };
  await session.train(config, events);
  return { session, host, scores: scores! as ScoreResult };
}

describe('"what if" on a table row', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  for (const model of ['iforest', 'dense-ae'] as const) {
    it(`${model}: a row as the file has it scores as the run scored it; an edited cell changes the score`, async () => {
      const { session, host, scores } = await trainedTable(model);
      const cells = host.rowCells(0);
      const same = await host.whatIf(cells, 42);
      expect(same.score).toBeCloseTo(scores.testScores[0], 5);
      // One attribution per column of the file; together they account for score - baseline.
      expect(same.attributions).toHaveLength(3);
      const edited = [...cells];
      edited[0] = '500';
      const far = await host.whatIf(edited, 42);
      expect(far.score).toBeGreaterThan(same.score);
      // The edit is attributed to the column edited.
      const largest = far.attributions.indexOf(Math.max(...far.attributions));
      expect(largest).toBe(0);
      session.dispose();
    });
  }

  it('refuses before a run, with a message', async () => {
    const host = new TableHost(new LabSession());
    await expect(host.whatIf(['1', '2', 'a'], 1)).rejects.toBeInstanceOf(MessageError);
  });
});
