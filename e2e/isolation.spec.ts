import { expect, test, waitForStatus, workTimeout } from './fixtures';

// The test server sends the same two headers as `npm start` (src/offline/isolation-headers.json).
test('the built app is cross-origin isolated, and WASM computes on a thread per core', async ({ page }) => {
  await page.goto('./?backend=wasm&pretrained=0');
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
  const labWorker = page.workers().find((w) => w.url().includes('lab.worker'));
  expect(await labWorker!.evaluate(() => self.crossOriginIsolated)).toBe(true);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  await page.getByTestId('backend-badge').click();
  const threads = page.getByTestId('wasm-threads');
  await expect(threads).toHaveAttribute('data-threads', String(cores));
  await expect(threads).toContainText(cores > 1 ? `${cores} threads` : 'one thread');
});
