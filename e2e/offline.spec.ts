import { expect, metricValue, mnistScored, test, waitForStatus, workTimeout } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('after one visit the lab reloads and trains with the network off, every file from its own cache', async ({
  page,
  context,
}) => {
  // About 40 steps, as in backend.spec.ts: enough to rank the ones far above chance.
  const epochs = 5;
  const limit = 512;
  await page.goto(`./?backend=wasm&pretrained=0&epochs=${epochs}&limit=${limit}`);
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  // Installed means every listed file is cached (cache.addAll is all or nothing); then it takes the page.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && !response.fromServiceWorker()) fromNetwork.push(url);
  });
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  await page.reload();
  await expect(page.getByTestId('count-train')).toHaveText(/^\d+$/, { timeout: workTimeout({ backend: 'wasm' }) });
  await page.getByTestId('train-button').click();
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: epochs * limit, scoredSamples: mnistScored }),
  );
  expect(await metricValue(page, 'auroc')).toBeGreaterThan(0.9);
  // The digit classifier and the WASM binaries came too: no notice that something could not load.
  await expect(page.getByTestId('notices')).toHaveCount(0);
  expect(failed).toEqual([]);
  expect(fromNetwork).toEqual([]);
  await context.setOffline(false);
});

test('the lab is installable: a manifest with a name, start URL and icon', async ({ page, request }) => {
  await page.goto('./?pretrained=0');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
  expect(manifest.short_name).toBe('Anomaly Lab');
  expect(manifest.start_url).toBe('./');
  expect(manifest.display).toBe('standalone');
  const icon = await request.get(new URL(manifest.icons[0].src, new URL(href!, page.url())).href);
  expect(icon.headers()['content-type']).toContain('svg');
});
