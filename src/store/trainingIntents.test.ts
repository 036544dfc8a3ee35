import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tinyImageSplit } from './preparedSplit.testing';

/**
 * The run's page side against a worker that records every call and finishes a training run only
 * when the test says so: how many times the split is prepared, and what two Train asks do.
 */
const calls: string[] = [];
let finishTraining: (() => void)[] = [];

const fakeWorker = new Proxy(
  {
    init: async () => ({ active: 'cpu', fallback: null, measurement: 'chosen' }),
    loadSource: async () => ({ ok: true }),
    loadClassifier: async () => undefined,
    prepare: async () => ({
      ok: true,
      kind: 'image-set',
      prepared: tinyImageSplit(),
    }),
    reset: async () => undefined,
    train: () => new Promise((resolve) => finishTraining.push(() => resolve({ status: 'done' }))),
  } as Record<string, (...args: unknown[]) => unknown>,
  {
    get: (known, name: string) => {
      if (name === 'then') return undefined; // not a promise itself
      return (...args: unknown[]) => {
        calls.push(name);
        return (known[name] ?? (async () => undefined))(...args);
      };
    },
  },
);

vi.mock('./workerConnection', () => ({
  api: () => fakeWorker,
  messageOf: (error: unknown) => String(error),
  watchWorkerCrashes: () => undefined,
  restartWorker: () => undefined,
}));
vi.stubGlobal('document', { baseURI: 'http://lab.test/' });
vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
vi.stubGlobal('location', { pathname: '/lab/', hash: '' });
vi.stubGlobal('history', { replaceState: () => undefined });

const { useLab } = await import('./labStore');
const { initLab } = await import('./labIntents');
const { startTraining, updateConfig } = await import('./trainingIntents');

/** Lets the awaited worker answers and the store updates settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function finishRuns(): Promise<void> {
  for (let i = 0; i < 20 && finishTraining.length === 0; i += 1) await settle();
  const due = finishTraining;
  finishTraining = [];
  for (const finish of due) finish();
}

describe('starting a run from the page', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('prepares the split once: starting the lab prepares it, Train on the same split does not again', async () => {
    await initLab();
    const run = startTraining();
    await finishRuns();
    await run;
    expect(calls.filter((c) => c === 'prepare')).toHaveLength(1);
    expect(calls.filter((c) => c !== 'loadClassifier')).toEqual(['init', 'loadSource', 'prepare', 'reset', 'train']);
    expect(useLab.getState().status).toBe('done');
  });

  it('a Train pressed while a run is starting joins it: one run, ending done, no error', async () => {
    const first = startTraining();
    const second = startTraining();
    await finishRuns();
    await Promise.all([first, second]);
    expect(calls.filter((c) => c === 'train')).toHaveLength(1);
    expect(useLab.getState().status).toBe('done');
    expect(useLab.getState().errorMessage).toBeNull();
    // Once that run is over, Train starts a new one.
    const third = startTraining();
    await finishRuns();
    await third;
    expect(calls.filter((c) => c === 'train')).toHaveLength(2);
  });

  it('prepares again when a split field changes, and only then', async () => {
    updateConfig({ seed: useLab.getState().config.seed + 1 });
    await settle();
    expect(calls.filter((c) => c === 'prepare')).toHaveLength(1);
    const run = startTraining();
    await finishRuns();
    await run;
    expect(calls.filter((c) => c === 'prepare')).toHaveLength(1);
  });
});
