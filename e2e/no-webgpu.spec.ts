import { expect, test } from './fixtures';
import { baseFlags } from './flags';

// A browser with WebGPU switched off, as on many laptops today.
test.use({
  launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: ['--disable-features=WebGPU', ...baseFlags] },
});

test('measures WebGL and WASM, and says why WebGPU was skipped', async ({ page }) => {
  await page.goto('./?pretrained=0');
  const badge = page.getByTestId('backend-badge');
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'idle');
  await expect(badge).toHaveAttribute('title', /webgpu skipped: .*(navigator\.gpu|adapter)/);
  await badge.click();
  await expect(page.getByRole('tooltip')).toContainText('webgpu skipped');
  const measured = page.getByTestId('backend-rates').locator('li');
  await expect(measured).toHaveCount(2);
  expect((await measured.evaluateAll((items) => items.map((i) => i.getAttribute('data-backend')))).sort()).toEqual([
    'wasm',
    'webgl',
  ]);
  // Listed fastest first; the badge names the first.
  await expect(badge).toHaveText((await measured.first().getAttribute('data-backend'))!);
});

test('a forced ?backend=webgpu shows a notice and the lab still works', async ({ page }) => {
  await page.goto('./?backend=webgpu&pretrained=0');
  await expect(page.getByTestId('notices')).toContainText('webgpu backend was requested but is unavailable');
  await expect(page.getByTestId('backend-badge')).toContainText('webgl');
  await expect(page.getByTestId('train-button')).toBeEnabled();
});
