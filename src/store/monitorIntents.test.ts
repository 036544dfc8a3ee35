import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The monitor's replay loop against a worker whose answers the test releases by hand, and animation
 * frames the test runs by hand: what a person sees after Pause, Step and Resume.
 */
type Batch = { scores: Float32Array; rowNumbers: Int32Array; truth: null; values: Float32Array; drivers: string[][] };
const pending: { from: number; count: number; resolve: (batch: Batch) => void }[] = [];
/** Rows per window of the replayed table (1: rows are their own units). */
let monitorInfoWindow = 1;

vi.mock('./workerConnection', () => ({
  api: () => ({
    tables: {
      monitorInfo: async () => ({ length: 100, window: monitorInfoWindow, channelNames: ['value'], labelled: false }),
      monitorRows: (from: number, count: number) =>
        new Promise<Batch>((resolve) => pending.push({ from, count, resolve })),
    },
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

describe('the live monitor on windows of 3', () => {
  /** Answers the oldest request with window scores: the window ending at row p scores `scoreAt(p)` (none before row 2). */
  async function answerWindows(scoreAt: (p: number) => number): Promise<void> {
    const request = pending.shift()!;
    const { from, count } = request;
    request.resolve({
      scores: Float32Array.from({ length: count }, (_, i) => (from + i >= 2 ? scoreAt(from + i) : Number.NaN)),
      rowNumbers: Int32Array.from({ length: count }, (_, i) => from + i + 1),
      truth: null,
      values: new Float32Array(count),
      drivers: Array.from({ length: count }, (_, i) => [`c${from + i}`]),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  it("scores a row once the windows after it have arrived, as the view does, with its top window's drivers", async () => {
    monitorInfoWindow = 3;
    // Rows by the highest of their covering windows (the default is their mean).
    useLab.setState((state) => ({ config: { ...state.config, rowscore: 'max' } }));
    await open();
    useLab.setState({ threshold: 4.5 });
    runFrame(200); // rows 0-9
    // Windows ending at rows 2..9 score 1, 1, 1, 9, 1, 1, 1, 1: one odd window, ending at row 5.
    await answerWindows((p) => (p === 5 ? 9 : 1));
    const monitor = useLab.getState().monitor!;
    expect(monitor.position).toBe(10);
    // Rows up to 7 have every covering window (those ending at p .. p + 2); rows 8 and 9 wait.
    expect(monitor.scored).toBe(8);
    // By the highest covering window: rows 3, 4 and 5 are covered by the odd one.
    expect(Array.from(monitor.buffers.shown.slice(0, 8))).toEqual([1, 1, 1, 9, 9, 9, 1, 1]);
    expect(Number.isNaN(monitor.buffers.shown[8])).toBe(true);
    // One alert over rows 3-5, named by its first highest row, driven by the odd window's columns.
    expect(monitor.alerts).toEqual([{ position: 3, peak: 3, row: 4, score: 9, drivers: ['c5'], length: 3 }]);
    monitorInfoWindow = 1;
  });
});
