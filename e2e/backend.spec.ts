import { expect, mnistScored, test, workTimeout } from './fixtures';

test('picks WebGPU by default and explains the choice', async ({ page }) => {
  await page.goto('./?pretrained=0');
  const badge = page.getByTestId('backend-badge');
  await expect(badge).toContainText('webgpu');
  await badge.click();
  await expect(page.getByRole('tooltip')).toContainText('webgpu');
  // MNIST is loaded from the lab's own origin and the split counts are shown.
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'idle');
  await expect(page.getByTestId('count-train')).toHaveText(/^\d+$/);
});

test('?backend=webgl forces WebGL, and the badge says why WebGPU was skipped', async ({ page }) => {
  await page.goto('./?backend=webgl&pretrained=0');
  const badge = page.getByTestId('backend-badge');
  await expect(badge).toContainText('webgl');
  await expect(badge).toHaveAttribute('title', /webgl is the first choice|skipped/);
});

test('?backend=wasm trains on WebAssembly served from the lab itself', async ({ page }) => {
  const epochs = 5;
  const limit = 512;
  await page.goto(`./?backend=wasm&epochs=${epochs}&limit=${limit}&autostart=1`);
  await expect(page.getByTestId('backend-badge')).toContainText('wasm');
  const timeout = workTimeout({ backend: 'wasm', trainSamples: epochs * limit, scoredSamples: mnistScored });
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', { timeout });
  // About 40 steps on the default normal digit (1) already rank the ones far above chance; a
  // broken read (all scores tied) would give exactly 0.5, and NaN no value at all.
  const auroc = Number((await page.getByTestId('metric-auroc').getAttribute('data-value')) || Number.NaN);
  expect(auroc).toBeGreaterThan(0.9);
  await expect(page.getByTestId('error-histogram')).toBeVisible();
});

test('invalid URL values give notices and keep their defaults', async ({ page }) => {
  await page.goto('./?lr=banana&normal=12&backend=metal&epoch=5');
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('lr=banana');
  await expect(notices).toContainText('normal=12');
  await expect(notices).toContainText('backend=metal');
  // A misspelt parameter is not silently ignored either.
  await expect(notices).toContainText('Ignored epoch=5: the lab has no setting called "epoch"');
  await expect(page.getByTestId('config-lr')).toHaveValue('0.001');
  await expect(page.getByTestId('train-button')).toBeEnabled();
  // The form follows the same rules as the URL: a bad value is explained, a good one is shared.
  const lr = page.getByTestId('config-lr');
  await lr.fill('50');
  await lr.press('Enter');
  await expect(page.getByText('expected 0.000001 to 10')).toBeVisible();
  await lr.fill('0.005');
  await lr.press('Enter');
  await expect(page).toHaveURL(/lr=0.005/);
});
