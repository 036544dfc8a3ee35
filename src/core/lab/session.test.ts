import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type LabConfig } from '../config';
import type { MnistDataset } from '../data/mnist';
import { auroc, buildScoreIndex } from '../detect/metrics';
import { LabSession, type ScoreResult, type SessionEvents } from './session';

// A small synthetic "digit" set: class 1 is a vertical bar, the others random blobs.
function syntheticDataset(perClass = 30, side = 8): MnistDataset {
  const count = perClass * 10;
  const labels = Uint8Array.from({ length: count }, (_, i) => i % 10);
  const pixels = new Uint8Array(count * side * side);
  let seed = 1;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  labels.forEach((label, i) => {
    for (let p = 0; p < side * side; p += 1) {
      const column = p % side;
      const on = label === 1 ? column === 3 || column === 4 : random() < 0.3;
      pixels[i * side * side + p] = on ? 230 + Math.floor(random() * 25) : Math.floor(random() * 20);
    }
  });
  return { count, side, labels, pixels };
}

const config = (overrides: Partial<LabConfig> = {}): LabConfig => ({
  ...defaultConfig(), layers: [16], latent: 4, epochs: 4, batch: 16, lr: 0.01, ...overrides,
});

function recorder() {
  const seen = { losses: 0, epochs: 0, samples: 0, scores: [] as ScoreResult[] };
  const events: SessionEvents = {
    onStepLosses: (l) => (seen.losses += l.length),
    onEpoch: () => (seen.epochs += 1),
    onSamples: () => (seen.samples += 1),
    onScores: (s) => void seen.scores.push(s),
  };
  return { seen, events };
}

describe('lab session', () => {
  beforeAll(async () => {
    await tf.setBackend('cpu');
  });

  it('prepares the split with display data for the page', () => {
    const session = new LabSession();
    session.setDataset(syntheticDataset());
    const prepared = session.prepare(config());
    expect(prepared.counts.testNormal + prepared.counts.testAnomalous).toBe(prepared.testLabels.length);
    expect(prepared.testImages.length).toBe(prepared.testLabels.length * 64);
    expect(prepared.sampleRows).toHaveLength(8);
    session.dispose();
  });

  it('trains, streams progress, and scores a detector that separates the classes', async () => {
    const session = new LabSession();
    session.setDataset(syntheticDataset());
    const { seen, events } = recorder();
    const outcome = await session.train(config(), events);
    expect(outcome.status).toBe('done');
    expect(seen.epochs).toBe(4);
    expect(seen.samples).toBe(5); // before training and after each epoch
    const prepared = session.prepare(config());
    const final = seen.scores[seen.scores.length - 1];
    expect(final.testScores.length).toBe(prepared.testLabels.length);
    expect(final.trainScores.length).toBe(prepared.counts.train);
    expect(auroc(buildScoreIndex(final.testScores, prepared.testIsAnomaly))).toBeGreaterThan(0.9);
    session.dispose();
  });

  it('pauses with a scoring snapshot, resumes, and frees every tensor on reset and dispose', async () => {
    const baseline = tf.memory().numTensors;
    const session = new LabSession();
    session.setDataset(syntheticDataset());
    const { seen, events } = recorder();
    const run = session.train(config({ epochs: 30 }), events);
    session.pause();
    await new Promise((r) => setTimeout(r, 50));
    expect(seen.scores.length).toBe(1);
    session.resume();
    session.stop();
    expect((await run).status).toBe('stopped');
    await session.reset();
    expect(session.hasModel).toBe(false);
    await session.train(config({ epochs: 1 }), events);
    await session.reset();
    session.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
