export { median } from './median';

/**
 * Watches the main thread while something runs: long tasks (> 50 ms, from the Long Tasks API),
 * the worst gap between animation frames, and the peak JS heap (Chromium's performance.memory).
 */
export interface Responsiveness {
  longTasks: number;
  longestTaskMs: number;
  worstFrameGapMs: number;
  peakHeapMB: number | null;
}

export function watchMainThread(): { stop(): Responsiveness } {
  let longTasks = 0;
  let longestTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks += 1;
      longestTaskMs = Math.max(longestTaskMs, entry.duration);
    }
  });
  observer.observe({ type: 'longtask', buffered: false });

  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  let peakHeap = memory?.usedJSHeapSize ?? 0;
  let worstGap = 0;
  let last = performance.now();
  let running = true;
  const frame = (now: number) => {
    worstGap = Math.max(worstGap, now - last);
    last = now;
    if (memory) peakHeap = Math.max(peakHeap, memory.usedJSHeapSize);
    if (running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  return {
    stop() {
      running = false;
      observer.disconnect();
      return {
        longTasks,
        longestTaskMs: Math.round(longestTaskMs),
        worstFrameGapMs: Math.round(Math.max(worstGap, performance.now() - last)),
        peakHeapMB: memory ? Math.round((peakHeap / 2 ** 20) * 10) / 10 : null,
      };
    },
  };
}
