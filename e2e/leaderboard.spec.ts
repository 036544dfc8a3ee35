import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { detectors } from '../src/core/detectors/registry';
import { expect, metricValue, test, waitForStatus, workTimeout } from './fixtures';

const classical = detectors.filter((d) => d.family === 'classical').map((d) => d.id);
/**
 * Every classical detector fitted and scored on MNIST digit 1 (10,000 digits) took 11 s on WASM
 * here with one busy core beside it (README, "Run all classical"): a fixed cost in the work model.
 */
const runAllMnist = workTimeout({ backend: 'wasm', extraMs: 12_000 });

async function runAllClassical(page: Page, timeout: number) {
  await page.getByTestId('run-classical').click();
  await expect(page.getByTestId('classical-progress')).toBeVisible();
  await expect(page.getByTestId('classical-progress')).toHaveCount(0, { timeout });
  await expect(page.getByTestId('leaderboard-row')).toHaveCount(classical.length);
}

const rowsOf = (page: Page) =>
  page.getByTestId('leaderboard-row').evaluateAll((rows) =>
    rows.map((r) => ({
      id: r.getAttribute('data-detector')!,
      auroc: Number(r.getAttribute('data-auroc') || Number.NaN),
      fitMs: Number(r.getAttribute('data-fit-ms') || Number.NaN),
      flagged: Number(r.getAttribute('data-flagged')),
    })),
  );

test('Run all classical on MNIST digit 1: a sortable leaderboard, ROC overlay, an ensemble shown as the detector', async ({
  page,
}) => {
  await page.goto('./?backend=wasm&pretrained=0');
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  await runAllClassical(page, runAllMnist);
  const rows = await rowsOf(page);
  expect(rows.map((r) => r.id).sort()).toEqual([...classical].sort());
  for (const r of rows) {
    expect(r.auroc, r.id).toBeGreaterThan(0.9);
    expect(r.fitMs, r.id).toBeGreaterThan(0);
  }
  // Sorted by AUROC, best first; nothing was trained, so the best one is shown as the detector.
  expect(rows.map((r) => r.auroc)).toEqual([...rows.map((r) => r.auroc)].sort((a, b) => b - a));
  await expect(page.getByTestId('leaderboard-row').first()).toHaveAttribute('aria-current', 'true');
  expect(await metricValue(page, 'auroc')).toBeCloseTo(rows[0].auroc, 6);

  await page.getByTestId('sort-fitMs').click();
  const byFit = (await rowsOf(page)).map((r) => r.fitMs);
  expect(byFit).toEqual([...byFit].sort((a, b) => b - a));
  await page.getByTestId('sort-fitMs').click();
  const byFitUp = (await rowsOf(page)).map((r) => r.fitMs);
  expect(byFitUp).toEqual([...byFitUp].sort((a, b) => a - b));

  // Two rows picked: their curves overlaid, and their ensemble as a new row.
  const table = page.getByTestId('leaderboard');
  await expect(page.getByTestId('roc-overlay')).toHaveAttribute('data-curves', String(classical.length));
  const knn = table.locator('[data-detector=knn]');
  const forest = table.locator('[data-detector=iforest]');
  await knn.getByTestId('leaderboard-pick').check();
  await forest.getByTestId('leaderboard-pick').check();
  await expect(page.getByTestId('roc-overlay')).toHaveAttribute('data-curves', '2');
  await page.getByTestId('add-ensemble').click();
  const ensemble = table.locator('[data-detector="ensemble:iforest+knn"]');
  await expect(ensemble).toHaveCount(1);
  const ensembleAuroc = Number(await ensemble.getAttribute('data-auroc'));
  expect(ensembleAuroc).toBeGreaterThan(0.9);
  await ensemble.getByTestId('show-record').click();
  await expect(ensemble).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('error-histogram')).toContainText('mean rank');
  expect(await metricValue(page, 'auroc')).toBeCloseTo(ensembleAuroc, 6);
});

test('a table without labels gets what can be known; with labels, metrics, an ensemble of all, and its export', async ({
  page,
}) => {
  await page.goto('./?dataset=csv&backend=wasm');
  await page.getByTestId('csv-input').setInputFiles('public/samples/penguins.csv');
  await expect(page.getByTestId('column-table')).toBeVisible();
  // 344 rows: each detector fits and scores them in well under a second.
  const runAllTable = workTimeout({ backend: 'wasm', extraMs: 3_000 });
  await runAllClassical(page, runAllTable);
  await expect(page.getByTestId('leaderboard-unlabelled')).toBeVisible();
  await expect(page.getByTestId('detector-unavailable').first()).toHaveText('needs labels');
  for (const r of await rowsOf(page)) {
    expect(Number.isNaN(r.auroc), r.id).toBe(true);
    expect(r.flagged, r.id).toBeGreaterThanOrEqual(0);
    expect(r.flagged, r.id).toBeLessThan(0.5);
  }

  await page.getByTestId('label-column').selectOption('Species');
  await page.getByTestId('normal-label').selectOption(['Adelie']);
  await expect(page.getByTestId('count-test-anomalous')).toHaveText('192');
  // Each numeric column's training rows (the 152 Adelie ones) as a box plot: Q1 <= median <= Q3, whiskers outside.
  const header = readFileSync('public/samples/penguins.csv', 'utf8').split('\n')[0].split(',');
  const beak = page.getByTestId(`box-plot-${header.indexOf('Beak Length (mm)')}`);
  await expect(beak).toBeVisible();
  const [low, q1, median, q3, high] = await Promise.all(
    ['data-low', 'data-q1', 'data-median', 'data-q3', 'data-high'].map(async (a) => Number(await beak.getAttribute(a))),
  );
  expect(low).toBeLessThan(q1);
  expect(q1).toBeLessThanOrEqual(median);
  expect(median).toBeLessThanOrEqual(q3);
  expect(q3).toBeLessThan(high);
  // Adelie beaks: 32-46 mm (the whole table reaches 59 mm).
  expect(high).toBeLessThan(47);
  await expect(page.getByTestId('column-table').locator('[data-testid^=box-plot-]')).toHaveCount(4);
  // Another split: the unlabelled rows belong to the old one.
  await expect(page.getByTestId('leaderboard-row')).toHaveCount(0);
  await runAllClassical(page, runAllTable);
  const rows = await rowsOf(page);
  for (const r of rows) expect(r.auroc, r.id).toBeGreaterThan(0.5);
  await page.getByTestId('add-ensemble').click();
  const ensemble = page.getByTestId('leaderboard').locator(
    `[data-detector="ensemble:${rows
      .map((r) => r.id)
      .sort()
      .join('+')}"]`,
  );
  await ensemble.getByTestId('show-record').click();
  await expect(ensemble).toHaveAttribute('aria-current', 'true');

  // The export carries the ensemble's scores: mean ranks, all in (0, 1].
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-button').click()]);
  const exported = Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8').trim()).data;
  const scoreColumn = exported[0].indexOf('score');
  const scores = exported.slice(1).map((r) => Number(r[scoreColumn]));
  expect(scores).toHaveLength(344);
  expect(scores.every((s) => s > 0 && s <= 1)).toBe(true);
  expect(new Set(scores).size).toBeGreaterThan(100);
});

test('model=ensemble from the URL trains every classical detector and averages their ranks', async ({ page }) => {
  await page.goto('./?backend=wasm&model=ensemble&autostart=1');
  await waitForStatus(page, 'done', runAllMnist);
  await expect(page.getByTestId('train-status')).toContainText('fitted 100%');
  await expect(page.getByTestId('leaderboard-row')).toHaveCount(classical.length + 1);
  const ensemble = page.getByTestId('leaderboard').locator('[data-detector=ensemble]');
  await expect(ensemble).toHaveAttribute('aria-current', 'true');
  expect(await metricValue(page, 'auroc')).toBeGreaterThan(0.95);
  await expect(page.getByTestId('error-histogram')).toContainText('mean rank');
});

test('k-NN compares digits as pictures by default; metric and blur from the panel go back to plain distances', async ({
  page,
}) => {
  // Digit 8, the hardest class for plain distances (bench:classical: 86.6 Euclidean, 96.1 at the image defaults).
  await page.goto('./?backend=wasm&pretrained=0&model=knn&normal=8');
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  await expect(page.getByTestId('config-metric')).toHaveValue('auto');
  await expect(page.getByTestId('config-blur')).toHaveValue('1');
  const fit = workTimeout({ backend: 'wasm', extraMs: 6_000 });
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done', fit);
  const asPictures = await metricValue(page, 'auroc');
  expect(asPictures).toBeGreaterThan(0.94);

  // Plain Euclidean on the raw pixels, chosen in the model panel: written to the URL, and worse here.
  await page.getByTestId('config-metric').selectOption('euclidean');
  await page.getByTestId('config-blur').fill('0');
  await page.getByTestId('config-blur').press('Enter');
  await expect(page).toHaveURL(/metric=euclidean/);
  await expect(page).toHaveURL(/blur=0/);
  // A setting of the detector keeps the last run on view until the next one: Reset, then Train.
  await page.getByTestId('reset-button').click();
  await waitForStatus(page, 'idle', fit);
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done', fit);
  const plain = await metricValue(page, 'auroc');
  expect(plain).toBeLessThan(asPictures - 0.05);
});
