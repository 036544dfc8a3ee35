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

test('an unavailable forced backend and invalid URL values give notices, not failures', async ({ page }) => {
  await page.goto('./?backend=wasm&lr=banana&normal=12');
  await expect(page.getByTestId('backend-badge')).toContainText(/webgpu|webgl|cpu/);
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('wasm backend was requested');
  await expect(notices).toContainText('lr=banana');
  await expect(notices).toContainText('normal=12');
  await expect(page.getByTestId('train-button')).toBeEnabled();
});
