// Main-thread responsiveness of the real app (React, charts, store) while it trains: the built
// dist/ is opened with the run in its URL, and every long task (> 50 ms, Long Tasks API) between
// the status turning "training" and "done" is counted. Used by scripts/bench.mjs.

/** Installed before any page script: records long tasks and the status transitions. */
export function watchPage() {
  const record = { longTasks: [], transitions: [] };
  window.__appBench = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  let gapStart = performance.now();
  record.worstFrameGapMs = 0;
  const frame = (now) => {
    const training =
      record.transitions.some((t) => t.status === 'training') && !record.transitions.some((t) => t.status === 'done');
    if (training) record.worstFrameGapMs = Math.max(record.worstFrameGapMs, now - gapStart);
    gapStart = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      const status = m.target.getAttribute?.('data-status');
      if (m.attributeName === 'data-status' && status) record.transitions.push({ status, at: performance.now() });
    }
    // The moment the run's scores reach the page (the metrics panel appears).
    if (record.scoresAt === undefined && document.querySelector('[data-testid=metric-auroc]'))
      record.scoresAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
}

/** One training run in the app; long tasks counted only while it trains. */
export async function appTrainingRun(browser, baseUrl, query, timeoutMs) {
  const context = await browser.newContext({ viewport: { width: 1360, height: 1000 } });
  const page = await context.newPage();
  await page.addInitScript(watchPage);
  await page.goto(`${baseUrl}?${query}`);
  await page.locator('[data-testid=train-status][data-status=done]').waitFor({ timeout: timeoutMs });
  const record = await page.evaluate(() => window.__appBench);
  await context.close();
  const start = record.transitions.find((t) => t.status === 'training')?.at ?? 0;
  const end = [...record.transitions].reverse().find((t) => t.status === 'done')?.at ?? Number.POSITIVE_INFINITY;
  const during = record.longTasks.filter((t) => t.start >= start && t.start <= end);
  // Split: while the steps run, and once the scores arrive (the results views render).
  const scoresAt = record.scoresAt ?? end;
  return {
    trainingSeconds: (end - start) / 1000,
    longTasks: during.length,
    longTasksWhileStepping: during.filter((t) => t.start < scoresAt).length,
    longTasksRenderingResults: during.filter((t) => t.start >= scoresAt).length,
    longestTaskMs: Math.round(Math.max(0, ...during.map((t) => t.duration))),
    worstFrameGapMs: Math.round(record.worstFrameGapMs),
  };
}
