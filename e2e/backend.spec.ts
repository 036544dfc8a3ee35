import type { Page } from '@playwright/test';
import { expect, mnistScored, test, workTimeout } from './fixtures';

/** The badge's measured rates, as the details list them: backend -> items per second. */
async function shownRates(page: Page): Promise<Record<string, number>> {
  const entries = page.getByTestId('backend-rates').locator('li');
  const pairs = await entries.evaluateAll((items) =>
    items.map((item) => [item.getAttribute('data-backend'), Number(item.getAttribute('data-rate'))]),
  );
  return Object.fromEntries(pairs);
}

test('auto measures every backend on the detector and picks the fastest; a later visit remembers', async ({ page }) => {
  await page.goto('./?pretrained=0');
  const badge = page.getByTestId('backend-badge');
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'idle', {
    timeout: workTimeout({ backend: 'webgpu', extraMs: 30_000 }),
  });
  await badge.click();
  const details = page.getByRole('tooltip');
  await expect(details).toContainText('Measured for the dense autoencoder');
  const rates = await shownRates(page);
  // WebGPU and WebGL run on SwiftShader here, WASM on the CPU: all three start and are measured.
  expect(Object.keys(rates).sort()).toEqual(['wasm', 'webgl', 'webgpu']);
  for (const rate of Object.values(rates)) expect(rate).toBeGreaterThan(0);
  const fastest = Object.entries(rates).sort((a, b) => b[1] - a[1])[0][0];
  await expect(badge).toHaveText(fastest);
  // Software adapters are named as such.
  await expect(details.locator('li[data-backend=webgpu]')).toContainText('software adapter');
  await expect(details.locator('li[data-backend=webgl]')).toContainText('software adapter');
  // MNIST is loaded from the lab's own origin and the split counts are shown.
  await expect(page.getByTestId('count-train')).toHaveText(/^\d+$/);

  // The same browser again: the choice is remembered, nothing is measured.
  await page.reload();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'idle');
  await badge.click();
  await expect(page.getByRole('tooltip')).toContainText('Measured on an earlier visit');
  await expect(badge).toHaveText(fastest);
  expect(await shownRates(page)).toEqual(rates);
  // Measure again forgets it: the page reloads and measures afresh.
  await page.getByTestId('backend-remeasure').click();
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'idle', {
    timeout: workTimeout({ backend: 'webgpu', extraMs: 30_000 }),
  });
  await badge.click();
  await expect(page.getByRole('tooltip')).toContainText('Measured for the dense autoencoder');
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
