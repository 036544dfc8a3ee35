import { coveringScore, StreamSmoother } from '../core/detect/smoothing';
import { applyConfig } from './labIntents';
import { useLab } from './labStore';
import { api, messageOf } from './workerConnection';
import { say } from './say';
import type { MonitorAlert, MonitorView } from './monitorSlice';

/**
 * The live monitor's intents and its replay loop. Each animation frame adds the rows due at the
 * chosen speed; one batch is asked of the worker at a time (scoring stays off the page) and the
 * store is told once per batch, so the chart redraws at most once a frame.
 */
const baseRowsPerSecond = 5;
/** More rows than this are not asked for at once: a slow device falls behind rather than freezing. */
const maxBatch = 256;
export const monitorSpeeds = [1, 2, 5, 10, 20, 50, 100] as const;

let frameHandle = 0;
let lastFrame = 0;
let due = 0;
let inFlight = false;
/** A step asked for while a batch was still in flight: taken as soon as it lands. */
let stepPending = false;
let smoother: StreamSmoother | null = null;
let session = 0;

const view = () => useLab.getState().monitor;
const update = (patch: Partial<MonitorView>) => {
  const monitor = view();
  if (monitor) useLab.setState({ monitor: { ...monitor, ...patch } });
};

/** Opens the monitor on the trained run's table (from the detection view, or `view=monitor`). */
export async function openMonitor(speed = 10): Promise<void> {
  closeMonitor(false);
  const token = ++session;
  try {
    const info = await api().tables.monitorInfo();
    if (token !== session) return;
    const { config } = useLab.getState();
    smoother = new StreamSmoother(config.smooth, config.smoothkind);
    applyConfig({ view: 'monitor' });
    const { length } = info;
    useLab.setState({
      monitor: {
        info,
        playing: true,
        done: false,
        speed,
        position: 0,
        scored: 0,
        focus: null,
        version: 0,
        buffers: {
          raw: new Float32Array(length).fill(Number.NaN),
          shown: new Float32Array(length).fill(Number.NaN),
          truth: info.labelled ? new Uint8Array(length) : null,
          rowNumbers: new Int32Array(length),
          values: new Float32Array(length * info.channelNames.length),
          drivers: new Array<string[]>(length),
        },
        alerts: [],
        stats: { frames: 0, slowFrames: 0, latencies: [] },
      },
    });
    play();
  } catch (error) {
    useLab.setState({ errorMessage: say('err.monitor', { reason: messageOf(error) }) });
  }
}

export function closeMonitor(writeUrl = true): void {
  session += 1;
  cancelAnimationFrame(frameHandle);
  inFlight = false;
  stepPending = false;
  useLab.setState({ monitor: null });
  if (writeUrl && useLab.getState().config.view === 'monitor') applyConfig({ view: '' });
}

export function pauseMonitor(): void {
  cancelAnimationFrame(frameHandle);
  update({ playing: false });
}

export function resumeMonitor(): void {
  const monitor = view();
  if (!monitor || monitor.done) return;
  update({ playing: true, focus: null });
  play();
}

export function setMonitorSpeed(speed: number): void {
  update({ speed });
}

/** One more row while paused. */
export function stepMonitor(): void {
  const monitor = view();
  if (!monitor || monitor.playing || monitor.done) return;
  if (inFlight) stepPending = true;
  else void fetchRows(monitor.position, 1, session, true);
}

/** Centres the chart on an alert and pauses there. */
export function jumpToAlert(alert: MonitorAlert): void {
  pauseMonitor();
  update({ focus: alert.peak });
}

function play(): void {
  cancelAnimationFrame(frameHandle);
  lastFrame = performance.now();
  due = 0;
  frameHandle = requestAnimationFrame(frame);
}

function frame(now: number): void {
  const monitor = view();
  if (!monitor?.playing) return;
  const elapsed = now - lastFrame;
  lastFrame = now;
  monitor.stats.frames += 1;
  if (elapsed > 33) monitor.stats.slowFrames += 1;
  // Rows fall due at the chosen speed; a backlog is capped, so a slow worker slows the replay.
  due = Math.min(due + (elapsed / 1000) * baseRowsPerSecond * monitor.speed, maxBatch);
  const rows = Math.min(Math.floor(due), monitor.info.length - monitor.position);
  if (!inFlight && rows >= 1) {
    due -= rows;
    void fetchRows(monitor.position, rows, session);
  }
  frameHandle = requestAnimationFrame(frame);
}

async function fetchRows(from: number, count: number, token: number, stepping = false): Promise<void> {
  inFlight = true;
  const started = performance.now();
  try {
    const batch = await api().tables.monitorRows(from, count);
    const monitor = view();
    if (token !== session || !monitor) return;
    // A replay batch that lands after Pause is dropped unseen (the smoother has not taken it), so a
    // paused monitor stays exactly where Pause left it; Resume asks for those rows again.
    if (!stepping && !monitor.playing) return;
    monitor.stats.latencies.push((performance.now() - started) / Math.max(1, count));
    const { buffers, info } = monitor;
    const channels = info.channelNames.length;
    const n = batch.rowNumbers.length;
    for (let i = 0; i < n; i += 1) {
      const p = from + i;
      buffers.raw[p] = batch.scores[i];
      buffers.rowNumbers[p] = batch.rowNumbers[i];
      if (buffers.truth && batch.truth) buffers.truth[p] = batch.truth[i];
      buffers.values.set(batch.values.subarray(i * channels, (i + 1) * channels), p * channels);
      buffers.drivers[p] = batch.drivers[i];
    }
    const position = from + n;
    const done = position >= info.length;
    // A row is scored as the view scores it (rowscore over the windows covering it) once the last
    // of those windows has arrived: window - 1 rows after it, or at the end of the replay.
    const scored = done ? info.length : Math.max(monitor.scored, position - info.window + 1);
    const mode = useLab.getState().config.rowscore;
    for (let p = monitor.scored; p < scored; p += 1) {
      const score = coveringScore(buffers.raw, p, info.window, mode);
      buffers.shown[p] = smoother ? smoother.push(score) : score;
      // The row's drivers: its highest covering window's (rows are finalised in order, so the
      // windows read here, at p and after, still hold their own).
      let top = p;
      for (let q = p + 1; q < Math.min(info.length, p + info.window); q += 1) {
        if (Number.isNaN(buffers.raw[top]) || buffers.raw[q] > buffers.raw[top]) top = q;
      }
      buffers.drivers[p] = buffers.drivers[top] ?? [];
    }
    useLab.setState({
      monitor: {
        ...monitor,
        position,
        scored,
        done,
        playing: monitor.playing && !done,
        version: monitor.version + 1,
        alerts: findAlerts(monitor, useLab.getState().threshold, monitor.scored, scored),
      },
    });
    if (done) cancelAnimationFrame(frameHandle);
  } catch (error) {
    pauseMonitor();
    useLab.setState({ errorMessage: say('err.monitor', { reason: messageOf(error) }) });
  } finally {
    if (token === session) {
      inFlight = false;
      if (stepPending) {
        stepPending = false;
        stepMonitor();
      }
    }
  }
}

/**
 * Alerts over positions [from, to), continuing the last one when it reached `from`: each run of
 * rows above the threshold is one alert, named by its highest row. From 0 it starts over.
 */
export function findAlerts(monitor: MonitorView, threshold: number, from: number, to: number): MonitorAlert[] {
  const { shown, rowNumbers, drivers } = monitor.buffers;
  const alerts = from === 0 ? [] : [...monitor.alerts];
  for (let p = from; p < to; p += 1) {
    const score = shown[p];
    if (!(score > threshold)) continue;
    const last = alerts[alerts.length - 1];
    if (last && last.position + last.length === p) {
      alerts[alerts.length - 1] = {
        ...last,
        length: last.length + 1,
        ...(score > last.score ? { peak: p, row: rowNumbers[p], score, drivers: drivers[p] ?? [] } : {}),
      };
    } else {
      alerts.push({ position: p, peak: p, row: rowNumbers[p], score, drivers: drivers[p] ?? [], length: 1 });
    }
  }
  return alerts;
}

// A threshold dragged while the monitor runs re-reads every row replayed so far.
useLab.subscribe((state, previous) => {
  const monitor = state.monitor;
  if (!monitor || state.threshold === previous.threshold) return;
  useLab.setState({ monitor: { ...monitor, alerts: findAlerts(monitor, state.threshold, 0, monitor.scored) } });
});
