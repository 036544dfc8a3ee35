import { expect, metricValue, test, waitForStatus } from './fixtures';

test('a small WebGL run from the URL trains to done and fills every view', async ({ page }) => {
  await page.goto('./?backend=webgl&normal=1&epochs=6&limit=600&autostart=1');
  await expect(page.getByTestId('backend-badge')).toContainText('webgl');
  await waitForStatus(page, 'done');

  await expect(page.getByTestId('loss-chart').locator('.recharts-line-curve').first()).toBeVisible();
  await expect(page.getByTestId('sample-grid').locator('canvas')).toHaveCount(8 * 3);
  await expect(page.getByTestId('error-histogram').locator('rect.bar-anomalous').first()).toBeAttached();
  await expect(page.getByTestId('roc-curve').locator('.recharts-line-curve').first()).toBeVisible();
  expect(await metricValue(page, 'auroc')).toBeGreaterThan(0.8);
  expect(await metricValue(page, 'auprc')).toBeGreaterThan(0.5);

  // Drag the threshold line on the histogram with a real mouse, left to right.
  const histogram = page.getByTestId('error-histogram').locator('svg');
  const box = (await histogram.boundingBox())!;
  const precision = page.getByTestId('metric-precision');
  const recall = page.getByTestId('metric-recall');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.12, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, y, { steps: 5 });
  await page.mouse.up();
  const before = { p: await precision.textContent(), r: await recall.textContent(), pv: await metricValue(page, 'precision'), rv: await metricValue(page, 'recall') };
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.85, y, { steps: 8 });
  await page.mouse.up();
  // A higher threshold flags fewer digits: recall can only fall, and the shown text changes.
  await expect(recall).not.toHaveText(before.r!);
  expect(await metricValue(page, 'recall')).toBeLessThan(before.rv);
  expect(`${await precision.textContent()}${await recall.textContent()}`).not.toBe(`${before.p}${before.r}`);

  // The slider is synced with the line and moves the threshold too.
  const slider = page.getByTestId('threshold-slider');
  await slider.focus();
  const shown = await page.getByTestId('threshold-value').textContent();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('threshold-value')).not.toHaveText(shown!);
  expect(await metricValue(page, 'recall')).toBe(1);

  // "Share of class" scales each class to itself: the few normal digits grow visible.
  const tallestNormal = () =>
    page.getByTestId('error-histogram').locator('rect.bar-normal').evaluateAll((bars) => Math.max(...bars.map((b) => Number(b.getAttribute('height')))));
  const countHeight = await tallestNormal();
  await page.getByTestId('histogram-per-class').check();
  await expect.poll(tallestNormal).toBeGreaterThan(countHeight * 2);
  await page.getByTestId('histogram-log').check();
  await expect(page.getByTestId('error-histogram')).toContainText('log share of class');

  // Best-F1 gives an F1 at least as good as anything the user dragged to.
  await page.getByTestId('threshold-bestf1').click();
  expect(await metricValue(page, 'f1')).toBeGreaterThan(0.3);
  await expect(page.getByTestId('top-anomalies').locator('canvas').first()).toBeVisible();
});

test('a tiny WebGPU run trains to done and scores the test set', async ({ page }) => {
  await page.goto('./?normal=0&epochs=1&limit=96&batch=32&layers=32&latent=8&autostart=1');
  await expect(page.getByTestId('backend-badge')).toContainText('webgpu');
  await waitForStatus(page, 'done');
  const auroc = await metricValue(page, 'auroc');
  expect(auroc).toBeGreaterThanOrEqual(0);
  expect(auroc).toBeLessThanOrEqual(1);
  await expect(page.getByTestId('error-histogram')).toBeVisible();
});

test('Train, Pause, Resume, Stop and Reset work from the buttons', async ({ page }) => {
  await page.goto('./?backend=webgl&normal=7&epochs=200&limit=400&batch=16');
  await waitForStatus(page, 'idle');
  await page.getByTestId('normal-digits').getByText('3', { exact: true }).click();
  await expect(page).toHaveURL(/normal=3%2C7/);
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'training');
  await page.getByTestId('pause-button').click();
  await waitForStatus(page, 'paused');
  // A pause scores the detector as it stands.
  await expect(page.getByTestId('metric-auroc')).toHaveAttribute('data-value', /\d/);
  await page.getByTestId('pause-button').click();
  await waitForStatus(page, 'training');
  await page.getByTestId('stop-button').click();
  await waitForStatus(page, 'done');
  await expect(page.getByTestId('error-histogram')).toBeVisible();
  await page.getByTestId('reset-button').click();
  await waitForStatus(page, 'idle');
  await expect(page.getByTestId('error-histogram')).toHaveCount(0);
  await expect(page.getByTestId('train-button')).toBeEnabled();
});
