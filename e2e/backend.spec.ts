import { expect, test } from './fixtures';

test('picks WebGPU by default and explains the choice', async ({ page }) => {
  await page.goto('./');
  const badge = page.getByTestId('backend-badge');
  await expect(badge).toContainText('webgpu');
  await badge.click();
  await expect(page.getByRole('tooltip')).toContainText('webgpu');
  // MNIST is loaded from the lab's own origin and the split counts are shown.
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'idle');
  await expect(page.getByTestId('count-train')).toHaveText(/^\d+$/);
});

test('?backend=webgl forces WebGL, and the badge says why WebGPU was skipped', async ({ page }) => {
  await page.goto('./?backend=webgl');
  const badge = page.getByTestId('backend-badge');
  await expect(badge).toContainText('webgl');
  await expect(badge).toHaveAttribute('title', /webgl is the first choice|skipped/);
});

test('?backend=wasm trains on WebAssembly served from the lab itself', async ({ page }) => {
  await page.goto('./?backend=wasm&epochs=1&limit=128&autostart=1');
  await expect(page.getByTestId('backend-badge')).toContainText('wasm');
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
  // One tiny epoch says nothing about quality (the WebGL run checks that): only that it scored.
  const auroc = Number(await page.getByTestId('metric-auroc').getAttribute('data-value'));
  expect(auroc).toBeGreaterThanOrEqual(0);
  expect(auroc).toBeLessThanOrEqual(1);
  await expect(page.getByTestId('error-histogram')).toBeVisible();
});

test('invalid URL values give notices and keep their defaults', async ({ page }) => {
  await page.goto('./?lr=banana&normal=12&backend=metal');
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('lr=banana');
  await expect(notices).toContainText('normal=12');
  await expect(notices).toContainText('backend=metal');
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
