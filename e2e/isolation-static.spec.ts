import type { ChildProcess } from 'node:child_process';
import { expect, test, waitForStatus, workTimeout } from './fixtures';
import { startServer, stopServer } from './servers';

// A plain static host that sets no headers at all (GitHub Pages, a USB stick's file server): the
// lab's service worker adds the isolation headers to every response of its own, from the second
// load on.
const port = 4319;
test.use({ baseURL: `http://127.0.0.1:${port}/lab/`, serviceWorkers: 'allow' });
let server: ChildProcess;
test.beforeAll(async () => {
  server = await startServer(
    process.execPath,
    ['scripts/serve-static.mjs', String(port), 'lab'],
    `http://127.0.0.1:${port}/lab/`,
    { ISOLATION: 'off' },
  );
});
// Every process the server started goes, and the port is free again (checked, not assumed).
test.afterAll(async () => {
  await stopServer(server, `http://127.0.0.1:${port}/lab/`);
});

test('on a plain static host the service worker isolates the lab from the second load on', async ({ page }) => {
  const response = await page.goto('./?backend=wasm&pretrained=0');
  expect(response!.headers()['cross-origin-embedder-policy']).toBeUndefined();
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(false);
  await page.getByTestId('backend-badge').click();
  await expect(page.getByTestId('wasm-threads')).toHaveAttribute('data-threads', '1');
  await expect(page.getByTestId('wasm-threads')).toContainText('not cross-origin isolated');

  // Installed (every file cached), then in charge of the page: the next load is isolated.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.reload();
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  await page.getByTestId('backend-badge').click();
  await expect(page.getByTestId('wasm-threads')).toHaveAttribute('data-threads', String(cores));
  // Threaded WASM still trains: a tiny run to the end.
  await page.goto('./?backend=wasm&pretrained=0&epochs=2&limit=256&autostart=1');
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', trainSamples: 512, scoredSamples: 10_000 }));
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
  await expect(page.getByTestId('metric-auroc')).toHaveAttribute('data-value', /^0\.\d+/);
});
