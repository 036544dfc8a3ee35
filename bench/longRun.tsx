import { createRoot } from 'react-dom/client';
import { GanCharts } from '../src/ui/gan/GanCharts';
import { TrainPanel } from '../src/ui/panels/TrainPanel';
import { useLab } from '../src/store/labStore';
import { ganEventHandlers } from '../src/store/ganSlice';

/**
 * window.longRun: a long GAN run's statistics replayed through the app's own store and views (the
 * GAN charts with their health hints, the train panel), as the worker sends them: 16 steps per
 * message, several messages per frame. Counts long tasks and frame times while the series grows;
 * scripts/bench-long-run.mjs samples the page's heap as it goes.
 */
declare global {
  interface Window {
    longRun(steps: number, stepsPerFrame: number): Promise<LongRunResult>;
    longRunProgress: number;
  }
}

interface LongRunResult {
  seconds: number;
  longTasks: number;
  longestTaskMs: number;
  frames: number;
  /** Median and worst time between frames, per tenth of the run (does it grow with the series?). */
  frameMsByDecile: { median: number; worst: number }[];
}

useLab.setState((s) => ({ config: { ...s.config, model: 'mlp-gan', steps: 100_000 }, status: 'training' }));
createRoot(document.getElementById('root')!).render(
  <>
    <TrainPanel />
    <GanCharts />
  </>,
);

window.longRunProgress = 0;
window.longRun = async (steps, stepsPerFrame) => {
  const longTasks: number[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  const handlers = ganEventHandlers((write) => useLab.setState((s) => write(s)));
  const perMessage = 16;
  const frameTimes: { step: number; ms: number }[] = [];
  const start = performance.now();
  let last = start;
  for (let step = 0; step < steps;) {
    for (let sent = 0; sent < stepsPerFrame && step < steps; sent += perMessage, step += perMessage) {
      const stats = Float32Array.from({ length: perMessage * 4 }, (_, i) =>
        i % 4 < 2 ? 0.7 + 0.3 * Math.sin((step + i) / 500) : 0.5 + 0.1 * Math.cos((step + i) / 700),
      );
      handlers.onGanStats!(stats, step);
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = performance.now();
    frameTimes.push({ step, ms: now - last });
    last = now;
    window.longRunProgress = step;
  }
  const deciles = Array.from({ length: 10 }, (_, d) => {
    const times = frameTimes
      .filter((f) => f.step > (d * steps) / 10 && f.step <= ((d + 1) * steps) / 10)
      .map((f) => f.ms)
      .sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)] ?? 0, worst: times[times.length - 1] ?? 0 };
  });
  return {
    seconds: (performance.now() - start) / 1000,
    longTasks: longTasks.length,
    longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    frames: frameTimes.length,
    frameMsByDecile: deciles,
  };
};
