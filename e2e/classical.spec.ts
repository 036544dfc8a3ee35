import { dragThresholdRight, expect, metricValue, mnistScored, test, waitForStatus, workTimeout } from './fixtures';

test('PCA, a one-pass detector, picked by name: fitted, reconstructs, detects, and is compared with an autoencoder', async ({
  page,
}) => {
  const epochs = 3;
  const limit = 1024;
  await page.goto(`./?backend=wasm&epochs=${epochs}&limit=${limit}`);
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  await page.getByTestId('config-model').selectOption({ label: 'PCA reconstruction' });
  await expect(page).toHaveURL(/model=pca/);
  // Its own setting replaces the training ones: no epochs for a one-pass fit.
  await expect(page.getByTestId('config-components')).toHaveValue('32');
  await expect(page.getByTestId('config-epochs')).toHaveCount(0);
  await page.getByTestId('config-components').fill('16');
  await page.getByTestId('config-components').press('Enter');
  await expect(page).toHaveURL(/components=16/);
  await page.getByTestId('train-button').click();
  // One pass over ~1,000 digits, then 10,000 scored: less work than one autoencoder epoch.
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', trainSamples: limit, scoredSamples: mnistScored }));
  await expect(page.getByTestId('train-status')).toContainText('fitted 100%');
  await expect(page.getByTestId('loss-chart')).toHaveCount(0);
  // The projection onto 16 components, drawn for the fixed test digits.
  await expect(page.getByTestId('sample-grid').locator('canvas')).toHaveCount(8 * 3);
  const pcaAuroc = await metricValue(page, 'auroc');
  expect(pcaAuroc).toBeGreaterThan(0.95);
  const { before, after } = await dragThresholdRight(page);
  expect(after).toBeLessThan(before);

  // The same split with the dense autoencoder: both rows side by side.
  await page.getByTestId('config-model').selectOption({ label: 'dense autoencoder' });
  await expect(page.getByTestId('config-epochs')).toHaveValue(String(epochs));
  await page.getByTestId('train-button').click();
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: epochs * limit, scoredSamples: mnistScored }),
  );
  const rows = page.getByTestId('detector-comparison').getByTestId('detector-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'PCA reconstruction' })).toContainText(pcaAuroc.toFixed(4));
  await expect(rows.filter({ hasText: 'dense autoencoder' })).toHaveCount(1);
});

test('PCA on a labelled table names the columns behind each flagged row', async ({ page }) => {
  await page.goto('./?dataset=csv&backend=wasm&model=pca&components=3');
  await page.getByTestId('csv-input').setInputFiles('public/samples/penguins.csv');
  await page.getByTestId('label-column').selectOption('Species');
  await page.getByTestId('normal-label').selectOption(['Adelie']);
  await expect(page.getByTestId('count-test-anomalous')).toHaveText('192');
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', trainSamples: 344, scoredSamples: 344 }));
  expect(await metricValue(page, 'auroc')).toBeGreaterThan(0.8);
  const rows = page.getByTestId('anomaly-table').getByTestId('anomaly-row');
  await expect(rows.first().locator('.why')).toContainText('%');
  await expect(page.getByTestId('error-message')).toHaveCount(0);
});
