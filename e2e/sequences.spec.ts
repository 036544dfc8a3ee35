import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { dragThresholdRight, expect, metricValue, test, waitForStatus, workTimeout, type Backend } from './fixtures';

/** File row numbers (1 = the first data row) the synthetic sensor sample labels anomalous. */
function labelledRows(file: string, column: string): Set<number> {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const at = header.split(',').indexOf(column);
  return new Set(lines.flatMap((line, i) => (line.split(',')[at] === 'normal' ? [] : [i + 1])));
}

/** Opens the sensor sample (16-row windows of 3 columns) and trains the configured detector on WASM. */
async function trainOnSensors(page: Page, epochs: number): Promise<void> {
  await page.getByTestId('sample-sensors').click();
  await expect(page.getByTestId('feature-count')).toContainText('× 16 rows');
  await page.getByTestId('train-button').click();
  // About 2,000 windows of 48 values (a dense row costs about a 48th of one).
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: 48 * epochs * 2000, scoredSamples: 48 * 2 * 2400 }),
  );
}

// Small sequence models: 8-row windows, 256 training windows, 3 epochs. A recurrent step runs once per
// time step, so a window of a sequence model costs about as much as 8 dense rows per layer.
const window = 8;
const limit = 256;
const epochs = 3;
// The first 1,000 hours of the sensor sample (a spike, a level shift and a noise burst among them):
// the software renderers score every window twice (training and test), so a shorter series keeps
// these smoke runs small.
const sensorRows = 1000;
const sensorWindows = sensorRows - window + 1;
const sensorHead = () =>
  Buffer.from(
    readFileSync('public/samples/synthetic-series.csv', 'utf8')
      .split('\n')
      .slice(0, sensorRows + 1)
      .join('\n'),
  );
const sequenceModels = [
  { model: 'lstm-ae', query: 'layers=8&latent=4&lr=0.01' },
  { model: 'attention-ae', query: 'dmodel=8&heads=2&blocks=1&latent=4&lr=0.01' },
];

for (const backend of ['webgpu', 'webgl'] as Backend[]) {
  for (const { model, query } of sequenceModels) {
    test(`${model} on ${backend}: sensor windows train, score and show which steps drove a score`, async ({ page }) => {
      await page.goto(
        `./?dataset=csv&backend=${backend}&model=${model}&epochs=${epochs}&limit=${limit}&batch=32&${query}`,
      );
      await page
        .getByTestId('csv-input')
        .setInputFiles({ name: 'sensors-head.csv', mimeType: 'text/csv', buffer: sensorHead() });
      await page.getByTestId('label-column').selectOption('anomaly');
      await expect(page.getByTestId('normal-label')).toHaveValues(['normal']);
      await expect(page.getByTestId('time-series')).toBeChecked();
      await page.getByTestId('window-size').fill(String(window));
      await expect(page.getByTestId('feature-count')).toContainText(`× ${window} rows`);
      await page.getByTestId('train-button').click();
      await waitForStatus(
        page,
        'done',
        workTimeout({
          backend,
          trainSamples: 16 * epochs * limit,
          scoredSamples: 16 * 2 * sensorWindows,
          extraMs: 20_000,
        }),
      );
      const chart = page.getByTestId('sequence-chart');
      await expect(chart).toHaveAttribute('data-steps', String(window));
      await expect(chart).toHaveAttribute('data-top-step', /^\d+$/);
      await expect(page.getByTestId('sequence-error-band')).toBeAttached();
      // Level shifts, noise bursts and flat-lines are far from anything in training: even a few steps rank
      // them above the normal windows (measured 0.64-0.65 on WebGPU; a scorer that ranks at random gives 0.5).
      expect(await metricValue(page, 'auroc')).toBeGreaterThan(0.58);
      const { before, after } = await dragThresholdRight(page);
      expect(after).toBeLessThan(before);
    });
  }
}

test('a wide table of heartbeats is read as one sequence per row, and a sequence model needs that', async ({
  page,
}) => {
  const epochs = 10;
  await page.goto(`./?dataset=csv&backend=wasm&model=lstm-ae&epochs=${epochs}&layers=16&latent=8`);
  await page.getByTestId('sample-heartbeats').click();
  await expect(page.getByTestId('row-sequences')).toBeChecked();
  await expect(page.getByTestId('feature-count')).toHaveText('64');
  await page.getByTestId('train-button').click();
  // 600 rows, about 480 normal ones to learn from; each a 64-step recurrent pass (~64 dense rows).
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: 64 * epochs * 480, scoredSamples: 64 * 600 }),
  );
  expect(await metricValue(page, 'auroc')).toBeGreaterThan(0.8);
  await expect(page.getByTestId('sequence-chart')).toHaveAttribute('data-steps', '64');
  // The top-ranked beat opened in the ranked table is drawn with its reconstruction and per-step error.
  const before = await page.getByTestId('sequence-chart').getAttribute('data-unit');
  await page.getByTestId('row-details').first().click();
  await expect(page.getByTestId('sequence-pick-detail')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('sequence-chart')).not.toHaveAttribute('data-unit', before!);
  await expect(page.getByTestId('sequence-chart')).toHaveAttribute('data-top-step', /^\d+$/);
  // Draw your own beat: redraw the second half of the open beat as a flat line near the top of the chart;
  // the detector scores the drawing as it goes, and a flat beat is no heartbeat.
  await page.getByTestId('sequence-draw').click();
  const drawnScore = page.getByTestId('sequence-drawn-score');
  await expect(drawnScore).toBeVisible({ timeout: 20_000 });
  const asItWas = Number(await drawnScore.getAttribute('data-value'));
  const chart = page.getByTestId('sequence-chart');
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.08);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.98, box.y + box.height * 0.08, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByText('scoring…')).toHaveCount(0, { timeout: 20_000 });
  expect(Number(await drawnScore.getAttribute('data-value'))).toBeGreaterThan(asItWas);
  await page.getByTestId('sequence-draw').click();
  await expect(drawnScore).toHaveCount(0);
  // The same columns as 64 loose features: a recurrent model has no sequence to read.
  await page.getByTestId('row-sequences').uncheck();
  await expect(page).toHaveURL(/rowseq=0/);
  await page.getByTestId('train-button').click();
  await expect(page.getByTestId('error-message')).toContainText('rows read as sequences');
});

test("rows are scored from their windows, then smoothed in time order; the detector's own scores stay in view", async ({
  page,
}) => {
  const epochs = 3;
  await page.goto(`./?dataset=csv&backend=wasm&epochs=${epochs}`);
  await trainOnSensors(page, epochs);
  // Each window stands for the row it ends at, scored from the windows covering that row (their mean
  // by default); the row's own window score is kept in brackets.
  const rows = page.getByTestId('anomaly-row');
  // The ranked table mounts a few frames after the scores (the result views mount a frame apart).
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId('smoothing')).toHaveAttribute('data-smoothed', '0');
  const pairs = () =>
    rows.evaluateAll((list) =>
      list.map((r) => [Number(r.getAttribute('data-score')), Number(r.getAttribute('data-raw-score'))]),
    );
  const byMean = await pairs();
  expect(byMean.length).toBeGreaterThan(10);
  expect(byMean.some(([row, own]) => row !== own)).toBe(true);
  const meanAuroc = await metricValue(page, 'auroc');
  // The highest of the covering windows instead: never below the row's own window, and another ranking.
  await page.getByTestId('row-score').selectOption('max');
  await expect(page).toHaveURL(/rowscore=max/);
  await expect.poll(() => metricValue(page, 'auroc')).not.toBe(meanAuroc);
  const byMax = await pairs();
  expect(byMax.every(([row, own]) => row >= own)).toBe(true);
  expect(byMax.some(([row, own]) => row > own)).toBe(true);
  await page.getByTestId('row-score').selectOption('mean');
  await expect.poll(() => metricValue(page, 'auroc')).toBe(meanAuroc);

  const firstRow = rows.first();
  const before = Number(await firstRow.getAttribute('data-score'));
  await page.getByTestId('smoothing-span').fill('9');
  await expect(page).toHaveURL(/smooth=9/);
  await expect(page.getByTestId('smoothing')).toHaveAttribute('data-smoothed', '1');
  await expect.poll(async () => Number(await firstRow.getAttribute('data-score'))).not.toBe(before);
  expect(await metricValue(page, 'auroc')).not.toBe(meanAuroc);
  await page.getByTestId('smoothing-span').fill('0');
  await expect(page.getByTestId('smoothing')).toHaveAttribute('data-smoothed', '0');
  expect(await metricValue(page, 'auroc')).toBe(meanAuroc);
});

test('the live monitor replays the series, raises alerts on the injected anomalies, pauses and resumes', async ({
  page,
}) => {
  const epochs = 3;
  const anomalous = labelledRows('public/samples/synthetic-series.csv', 'anomaly');
  // A strict threshold (mean + 4 std of the training scores) and a short EWMA: an alert should mean something.
  await page.goto(`./?dataset=csv&backend=wasm&epochs=${epochs}&view=monitor&thresholdk=4&smooth=3`);
  await trainOnSensors(page, epochs);
  // view=monitor opened it when the run was done.
  const progress = page.getByTestId('monitor-progress');
  await expect(progress).toBeVisible();
  await page.getByTestId('monitor-speed').selectOption('100');
  await expect.poll(async () => Number(await progress.getAttribute('data-position'))).toBeGreaterThan(200);
  await page.getByTestId('monitor-pause').click();
  await expect(page.getByTestId('monitor-pause')).toHaveAttribute('aria-pressed', 'true');
  const paused = Number(await progress.getAttribute('data-position'));
  await page.waitForTimeout(1000);
  expect(Number(await progress.getAttribute('data-position'))).toBe(paused);
  await page.getByTestId('monitor-step').click();
  await expect(progress).toHaveAttribute('data-position', String(paused + 1));
  await page.getByTestId('monitor-pause').click();
  // 2,400 rows at 500 a second, scored as they arrive.
  await expect(progress).toHaveAttribute('data-position', '2400', { timeout: 120_000 });
  const alerts = page.getByTestId('alert-row');
  expect(await alerts.count()).toBeGreaterThan(2);
  const alertRows = await alerts.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-row'))));
  // An alert is on an injected anomaly when its highest row is one, or within a window after one
  // (the window that ends there still holds it).
  const near = (row: number) => Array.from({ length: 16 }, (_, k) => row - k).some((r) => anomalous.has(r));
  const hits = alertRows.filter(near).length;
  // Most injected anomalies (runs of labelled rows) raise an alert...
  const events = [...anomalous].filter((r) => !anomalous.has(r - 1));
  const raised = events.filter((start) => {
    let end = start;
    while (anomalous.has(end + 1)) end += 1;
    return alertRows.some((row) => row >= start && row <= end + 15);
  });
  expect(raised.length).toBeGreaterThanOrEqual(7);
  // ...and alerts land on them far more often than chance (rows near an anomaly: about 17% of the series).
  const chance = Array.from({ length: 2400 }, (_, i) => i + 1).filter(near).length / 2400;
  expect(hits / alertRows.length).toBeGreaterThan(2 * chance);
  await expect(page.getByTestId('alert-list')).toHaveAttribute('data-alerts', String(alertRows.length));
  // Jumping to an alert centres the chart on it.
  await alerts.first().getByRole('button').click();
  await expect(page.getByTestId('monitor-chart')).toHaveAttribute('data-focus', /^\d+$/);
  // Raising the threshold while it runs (drag on the chart) leaves fewer alerts.
  const chart = page.getByTestId('monitor-chart');
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.95);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.62, { steps: 5 });
  await page.mouse.up();
  await expect
    .poll(async () => Number(await page.getByTestId('alert-list').getAttribute('data-alerts')))
    .toBeLessThan(alertRows.length);
});

test('bad series input says what is wrong: missing times, rows out of time order, gaps, a single row', async ({
  page,
}) => {
  await page.goto('./?dataset=csv&backend=wasm');
  const hours = (n: number, skip = (i: number) => i) =>
    Array.from({ length: n }, (_, i) => `2026-01-01 ${String(skip(i) % 24).padStart(2, '0')}:00`);
  const table = (times: string[]) =>
    Buffer.from(['time,value', ...times.map((t, i) => `${t},${Math.sin(i)}`)].join('\n'));
  const drop = async (name: string, buffer: Buffer) => {
    await page.getByTestId('csv-input').setInputFiles({ name, mimeType: 'text/csv', buffer });
  };
  // The last file's plan stays on view until a new one is read: wait for it, or a click lands on the old plan.
  const dropTable = async (name: string, buffer: Buffer) => {
    await drop(name, buffer);
    await expect(page.getByTestId('table-summary')).toContainText(name);
  };
  const orderBy = async () => {
    await page.getByTestId('time-series').check();
    await page.getByTestId('order-column').selectOption({ label: 'time' });
  };
  // Out of time order: the lab sorts by time, and says so.
  const shuffled = hours(24);
  [shuffled[3], shuffled[10]] = [shuffled[10], shuffled[3]];
  await dropTable('unsorted.csv', table(shuffled));
  await orderBy();
  await expect(page.getByTestId('plan-warning')).toContainText('not in time order');
  // Gaps: hourly readings with a 6-hour hole.
  await dropTable('gaps.csv', table(hours(20, (i) => (i < 10 ? i : i + 6))));
  await orderBy();
  await expect(page.getByTestId('plan-warning')).toContainText('longest gap 7 h');
  // Missing times: no place in the series.
  const missing = hours(24);
  missing[5] = '';
  await dropTable('missing.csv', table(missing));
  await orderBy();
  await expect(page.getByTestId('plan-problem')).toContainText('no readable time');
  await page.getByTestId('train-button').click();
  await expect(page.getByTestId('error-message')).toContainText('no readable time');
  // One row: nothing to learn from and nothing to score.
  await drop('one-row.csv', Buffer.from('time,value\n2026-01-01 00:00,1\n'));
  await expect(page.getByTestId('error-message')).toContainText('one-row.csv');
});
