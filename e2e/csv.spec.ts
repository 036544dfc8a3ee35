import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, metricValue, test, waitForStatus, workTimeout } from './fixtures';

const penguins = 'public/samples/penguins.csv';

test('a labelled table uploaded through the file input trains, ranks and explains rows, and exports them', async ({
  page,
}) => {
  await page.goto('./?dataset=csv&backend=wasm&epochs=40');
  await expect(page.getByTestId('drop-zone')).toBeVisible();
  await page.getByTestId('csv-input').setInputFiles(penguins);
  const columns = page.getByTestId('column-table');
  await expect(columns.locator('tbody tr')).toHaveCount(7);
  await expect(columns).toContainText('Beak Length (mm)');
  await expect(page.getByTestId('column-kind-1')).toHaveText('categorical');

  await page.getByTestId('label-column').selectOption('Species');
  await page.getByTestId('normal-label').selectOption(['Adelie']);
  await expect(page.getByTestId('count-test-anomalous')).toHaveText('192');
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', trainSamples: 40 * 344, scoredSamples: 344 }));

  expect(await metricValue(page, 'auroc')).toBeGreaterThan(0.9);
  await expect(page.getByTestId('error-histogram').locator('rect.bar-anomalous').first()).toBeAttached();
  const rows = page.getByTestId('anomaly-table').getByTestId('anomaly-row');
  await expect(rows.first()).toBeVisible();
  const scores = await rows.evaluateAll((els) => els.slice(0, 5).map((e) => Number(e.getAttribute('data-score'))));
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  // Each row names the columns behind its error.
  await expect(rows.first().locator('.why')).toContainText('%');

  // Export: the original rows, in order, with score and is_anomaly added.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-button').click()]);
  const exported = Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8').trim()).data;
  const original = Papa.parse<string[]>(readFileSync(penguins, 'utf8').trim()).data;
  expect(exported[0]).toEqual([...original[0], 'score', 'is_anomaly']);
  expect(exported).toHaveLength(original.length);
  expect(exported.map((r) => r.slice(0, original[0].length))).toEqual(original);
  expect(
    exported.slice(1).every((r) => Number.isFinite(Number(r[r.length - 2])) && ['0', '1'].includes(r[r.length - 1])),
  ).toBe(true);
  const flaggedInExport = exported.slice(1).filter((r) => r[r.length - 1] === '1').length;
  expect(flaggedInExport).toBeGreaterThan(0);

  // Opening the same file again brings its column settings back.
  await page.getByTestId('dataset-mnist').click();
  await page.getByTestId('dataset-csv').click();
  await page.getByTestId('csv-input').setInputFiles(penguins);
  await expect(page.getByTestId('plan-restored')).toBeVisible();
  await expect(page.getByTestId('label-column')).toHaveValue('Species');
  await expect(page.getByTestId('count-test-anomalous')).toHaveText('192');
});

test('a table dropped on the page without labels is scored row by row on WebGPU; metrics needing labels are unavailable', async ({
  page,
}) => {
  // A tiny run on the software WebGPU renderer: 3 epochs of about 19 batches.
  const epochs = 3;
  await page.goto(`./?dataset=csv&backend=webgpu&epochs=${epochs}`);
  const lines = ['time_s,temperature,pressure,valve'];
  for (let i = 0; i < 300; i += 1) {
    const spike = i === 150;
    lines.push(
      `${i},${(20 + Math.sin(i / 10) + (spike ? 15 : 0)).toFixed(2)},${(101 + Math.cos(i / 10) * 0.5).toFixed(2)},${i % 2 ? 'open' : 'closed'}`,
    );
  }
  await page.getByTestId('drop-zone').evaluate((zone, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'sensors.csv', { type: 'text/csv' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, lines.join('\n'));
  await expect(page.getByTestId('table-summary')).toContainText('300 rows');
  await expect(page.getByTestId('column-row-0')).toContainText('identifier-like');
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done', workTimeout({ backend: 'webgpu', trainSamples: epochs * 300, scoredSamples: 600 }));

  await expect(page.getByTestId('metrics-unavailable')).toBeVisible();
  // The comparison says what is missing instead of printing NaN.
  await expect(page.getByTestId('detector-unavailable')).toHaveText('needs labels');
  await expect(page.getByTestId('detector-comparison')).not.toContainText('NaN');
  await expect(page.getByTestId('metric-auroc')).toHaveAttribute('data-value', '');
  await expect(page.getByTestId('error-histogram')).toContainText('no labels');
  // The spike is the top-ranked row, blamed on temperature.
  const top = page.getByTestId('anomaly-row').first();
  await expect(top).toHaveAttribute('data-row', '151');
  await expect(top.locator('.why')).toContainText(/^temperature/);
  await page.getByTestId('threshold-c').fill('5');
  await page.getByTestId('threshold-contamination').click();
  await expect(page.getByTestId('flagged-count')).toHaveAttribute('data-value', '15');

  // One reset path: a new table after a run leaves nothing of the old run on screen.
  await page.getByTestId('csv-input').setInputFiles(penguins);
  await expect(page.getByTestId('table-summary')).toContainText('penguins.csv');
  await waitForStatus(page, 'idle');
  await expect(page.getByTestId('train-status')).not.toContainText('epoch');
  await expect(page.getByTestId('error-histogram')).toHaveCount(0);
  await expect(page.getByTestId('anomaly-table')).toHaveCount(0);
  await expect(page.getByTestId('loss-line-train')).toHaveAttribute('data-points', '0');
  await expect(page.getByTestId('step-loss-line-loss')).toHaveAttribute('data-points', '0');
  await expect(page.getByTestId('epoch-progress')).toHaveAttribute('value', '0');
});

test('bad files get a clear message and the loaded table stays; a long load can be cancelled', async ({ page }) => {
  await page.goto('./?dataset=csv&backend=wasm');
  await page.getByText('Paste CSV text').click();
  await page.getByTestId('csv-paste').fill('a;b;c\n1,5;2;x\n3,25;3;y\n2,5;4;x\n7,5;5;y\n');
  await page.getByTestId('csv-paste-load').click();
  await expect(page.getByTestId('table-summary')).toContainText('pasted.csv');
  await expect(page.getByTestId('error-message')).toContainText('decimal comma');
  await page.getByTestId('decimal-comma').check();
  await expect(page.getByTestId('column-kind-0')).toHaveText('numeric');
  await page.getByTestId('csv-input').setInputFiles(penguins);
  await expect(page.getByTestId('column-table').locator('tbody tr')).toHaveCount(7);
  const alert = page.getByTestId('error-message');
  for (const [file, message] of [
    ['fixtures/csv/bad/utf16le-bom.csv', 'UTF-16'],
    ['fixtures/csv/bad/empty.csv', 'empty'],
    ['fixtures/csv/bad/single-column.csv', 'Only one column'],
    ['fixtures/csv/bad/no-numeric.csv', 'no numeric column'],
    ['fixtures/csv/bad/records.json', 'looks like JSON, not CSV'],
    ['fixtures/csv/bad/json-named.csv', 'looks like JSON, not CSV'],
    ['fixtures/csv/bad/one-row.csv', 'only 1 data row; the lab needs at least 4'],
  ] as const) {
    await page.getByTestId('csv-input').setInputFiles(file);
    await expect(alert).toContainText(message);
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(page.getByTestId('table-summary')).toContainText('penguins.csv');
  }
  // A table that can train but will say little gets a warning before Train, not silence.
  await page.getByTestId('csv-input').setInputFiles('fixtures/csv/bad/five-rows-text.csv');
  await expect(page.getByTestId('table-summary')).toContainText('five-rows-text.csv');
  const warning = page.getByTestId('plan-warning');
  await expect(warning).toContainText('Every feature is a text column whose values are mostly different');
  await expect(warning).toContainText('learns from only 5 training rows');
  await expect(page.getByTestId('train-button')).toBeEnabled();
  await page.getByTestId('csv-input').setInputFiles('fixtures/csv/bad/label-one-value.csv');
  await page.getByTestId('label-column').selectOption('label');
  await expect(page.getByTestId('plan-problem')).toContainText('single value');
  await page.getByTestId('train-button').click();
  await expect(alert).toContainText('single value');

  // About 60 MB generated in the page: Cancel stops it and keeps the table.
  await page.getByTestId('drop-zone').evaluate((zone) => {
    const row = '1.25,2.5,3.75,4,5,6,7,8,9,10\n';
    const big = new File(['a,b,c,d,e,f,g,h,i,j\n', row.repeat(2_000_000)], 'big.csv', { type: 'text/csv' });
    const data = new DataTransfer();
    data.items.add(big);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('csv-progress')).toBeVisible();
  await page.getByTestId('csv-cancel').click();
  await expect(page.getByTestId('notices')).toContainText('cancelled');
  await expect(page.getByTestId('csv-progress')).toHaveCount(0);
  await expect(page.getByTestId('table-summary')).toContainText('label-one-value.csv');
});

test('a dated sample series trains on windows and shades the anomalous ones', async ({ page }) => {
  const epochs = 4;
  // Rows scored by the highest covering window, so a new file's day (every window of the file) can
  // only score at least as high as the run's test row (the test windows among them).
  await page.goto(`./?dataset=csv&backend=wasm&epochs=${epochs}&rowscore=max`);
  await page.getByTestId('sample-weather').click();
  await expect(page.getByTestId('time-series')).toBeChecked();
  await expect(page.getByTestId('feature-count')).toContainText('× 16 rows');
  await page.getByTestId('train-button').click();
  // 1,461 days make 1,446 windows of 16 days × 4 columns (64 inputs each, about 13x a row's cost).
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: epochs * 1446, scoredSamples: 2 * 1446 }),
  );
  await expect(page.getByTestId('series-chart').locator('path').first()).toBeAttached();
  await page.getByTestId('threshold-c').fill('2');
  await page.getByTestId('threshold-contamination').click();
  await expect
    .poll(async () => Number(await page.getByTestId('series-chart').getAttribute('data-flagged-spans')))
    .toBeGreaterThan(0);

  // The same series scored as a new file, window by window: every day gets a score (the highest of the
  // windows covering it), so the top day scores at least as high as the top test row of the run.
  await page.getByTestId('score-file').setInputFiles('public/samples/seattle-weather.csv');
  const scoreAnyway = page.getByTestId('score-file-continue');
  const scored = page.getByTestId('scored-file');
  await expect(scoreAnyway.or(scored)).toBeVisible({ timeout: workTimeout({ backend: 'wasm', scoredSamples: 1446 }) });
  if (await scoreAnyway.isVisible()) await scoreAnyway.click();
  await expect(scored).toHaveAttribute('data-rows', '1461', {
    timeout: workTimeout({ backend: 'wasm', scoredSamples: 1446 }),
  });
  const topWindow = Number(await page.getByTestId('anomaly-row').first().getAttribute('data-score'));
  const topDay = Number(await page.getByTestId('scored-row').first().getAttribute('data-score'));
  expect(topDay).toBeGreaterThanOrEqual(topWindow);
  expect(Number(await scored.getAttribute('data-flagged'))).toBeGreaterThan(0);
});

test('a CSV saved by Excel on Chinese Windows (GB18030) reads with its Chinese headers and values', async ({
  page,
}) => {
  await page.goto('./?dataset=csv&backend=wasm');
  await page.getByTestId('csv-input').setInputFiles('fixtures/csv/encodings/gb18030.csv');
  await expect(page.getByTestId('csv-encoding-used')).toHaveAttribute('data-encoding', 'gb18030');
  await expect(page.getByTestId('table-summary')).toContainText('(detected)');
  await expect(page.getByTestId('column-row-0')).toContainText('城市');
  await expect(page.getByTestId('column-row-4')).toContainText('天气');
  // The reader's choice wins: read as Western text, the same bytes give other characters.
  await page.getByTestId('csv-encoding').selectOption('windows-1252');
  await expect(page.getByTestId('table-summary')).toContainText('(chosen)');
  await expect(page.getByTestId('column-row-0')).not.toContainText('城市');
  await page.getByTestId('csv-encoding').selectOption('auto');
  await expect(page.getByTestId('column-row-0')).toContainText('城市');
  await expect(page.getByTestId('csv-encoding-used')).toHaveAttribute('data-encoding', 'gb18030');
});

test('a dropped table offers the detector the tuning chose, without overriding a link', async ({ page }) => {
  await page.goto('./?dataset=csv&backend=wasm');
  await page.getByTestId('sample-penguins').click();
  const offer = page.getByTestId('suggested-model');
  await expect(offer).toHaveAttribute('data-model', 'ecod');
  // The link named no model: the lab still starts with its default until the visitor takes the offer.
  await expect(page.getByTestId('config-model')).toHaveValue('dense-ae');
  await page.getByTestId('use-suggested-model').click();
  await expect(page.getByTestId('config-model')).toHaveValue('ecod');
  await expect(offer).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('model')).toBe('ecod');
});
