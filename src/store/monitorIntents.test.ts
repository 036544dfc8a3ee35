import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The monitor's replay loop against a worker whose answers the test releases by hand, and animation
 * frames the test runs by hand: what a person sees after Pause, Step and Resume.
 */
type Batch = { scores: Float32Array; rowNumbers: Int32Array; truth: null; values: Float32Array; drivers: string[][] };
const pending: { from: number; count: number; resolve: (batch: Batch) => void }[] = [];

vi.mock('./workerConnection', () => ({
  api: () => ({
    monitorInfo: async () => ({ length: 100, window: 1, channelNames: ['value'], labelled: false }),
    monitorRows: (from: number, count: number) =>
      new Promise<Batch>((resolve) => pending.push({ from, count, resolve })),
  }),
  messageOf: (error: unknown) => String(error),
  watchWorkerCrashes: () => undefined,
  restartWorker: () => undefined,
}));

const { useLab } = await import('./labStore');
const { openMonitor, pauseMonitor, resumeMonitor, stepMonitor, closeMonitor } = await import('./monitorIntents');

let frames: FrameRequestCallback[] = [];
let clock = 0;
/** Runs the frames asked for, each `ms` after the last. */
function runFrame(ms: number): void {
  clock += ms;
  const due = frames;
  frames = [];
  for (const callback of due) callback(clock);
}
/** Answers the oldest request: row i scores i / 10. */
async function answer(): Promise<void> {
  const request = pending.shift()!;
  const { from, count } = request;
  request.resolve({
    scores: Float32Array.from({ length: count }, (_, i) => (from + i) / 10),
    rowNumbers: Int32Array.from({ length: count }, (_, i) => from + i + 1),
    truth: null,
    values: new Float32Array(count),
    drivers: Array.from({ length: count }, () => []),
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
}
async function open(): Promise<void> {
  await openMonitor(10);
  expect(useLab.getState().errorMessage).toBeNull();
}
const position = () => useLab.getState().monitor!.position;

beforeEach(() => {
  frames = [];
  pending.length = 0;
  clock = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {
    frames = [];
  });
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  // Opening the monitor writes view=monitor into the address.
  vi.stubGlobal('location', { pathname: '/lab/', hash: '', search: '' });
  vi.stubGlobal('history', { replaceState: () => undefined });
});
afterEach(() => {
  closeMonitor(false);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the live monitor', () => {
  it('replays rows at its speed, one batch in flight at a time', async () => {
    await open();
    runFrame(200); // 10x = 50 rows a second: 10 rows due
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ from: 0, count: 10 });
    runFrame(200);
    expect(pending).toHaveLength(1);
    await answer();
    expect(position()).toBe(10);
    expect(useLab.getState().monitor!.buffers.raw[9]).toBeCloseTo(0.9);
  });

  it('stays exactly where Pause left it when a batch lands afterwards, and Resume asks for those rows again', async () => {
    await open();
    runFrame(200);
    await answer();
    runFrame(200);
    expect(pending[0]).toMatchObject({ from: 10 });
    pauseMonitor();
    await answer();
    expect(position()).toBe(10);
    expect(Number.isNaN(useLab.getState().monitor!.buffers.raw[10])).toBe(true);
    resumeMonitor();
    runFrame(200);
    expect(pending[0]).toMatchObject({ from: 10 });
    await answer();
    expect(position()).toBeGreaterThan(10);
  });

  it('takes a step asked for while a dropped batch was in flight once it lands', async () => {
    await open();
    runFrame(200);
    pauseMonitor();
    stepMonitor();
    await answer(); // the replay batch, dropped
    expect(position()).toBe(0);
    expect(pending[0]).toMatchObject({ from: 0, count: 1 });
    await answer();
    expect(position()).toBe(1);
    expect(useLab.getState().monitor!.playing).toBe(false);
  });
});
