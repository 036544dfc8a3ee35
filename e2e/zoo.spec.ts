import { dragThresholdRight, expect, metricValue, mnistScored, test, waitForStatus, workTimeout } from './fixtures';

test('a VAE on digit 1 charts reconstruction and KL, decodes the prior and the latent plane, and detects', async ({
  page,
}) => {
  const epochs = 4;
  const limit = 1024;
  await page.goto(`./?backend=wasm&model=vae&latent=2&epochs=${epochs}&limit=${limit}&autostart=1`);
  await expect(page.getByTestId('config-beta')).toHaveValue('1');
  await expect(page.getByTestId('config-vaescore')).toHaveValue('recon');
  // A VAE step costs about two dense-AE steps (encoder, draw, decoder, two loss terms).
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: 2 * epochs * limit, scoredSamples: 8 * mnistScored }),
  );
  // The loss and its two parts, each a finite positive number after the last epoch.
  for (const name of ['train', 'validation', 'reconstruction', 'kl']) {
    const last = Number(await page.getByTestId(`loss-series-${name}`).getAttribute('data-last'));
    expect(last, name).toBeGreaterThan(0);
  }
  const train = Number(await page.getByTestId('loss-series-train').getAttribute('data-last'));
  const parts = ['reconstruction', 'kl'].map((name) =>
    page.getByTestId(`loss-series-${name}`).getAttribute('data-last'),
  );
  const [reconstruction, kl] = (await Promise.all(parts)).map(Number);
  // beta = 1: the loss is the sum of its parts (per-epoch means of the same steps).
  expect(train).toBeCloseTo(reconstruction + kl, 1);

  await expect(page.getByTestId('prior-grid')).toHaveAttribute('data-count', '32');
  await expect(page.getByTestId('prior-grid').locator('canvas')).toHaveCount(32);
  await expect(page.getByTestId('manifold-grid')).toHaveAttribute('data-count', '100');
  // Decoded digits are not blank: a trained decoder draws strokes.
  const inked = await page
    .getByTestId('prior-grid')
    .locator('canvas')
    .first()
    .evaluate((canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let bright = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] > 128) bright += 1;
      return bright;
    });
  expect(inked).toBeGreaterThan(10);
  await expect(page.getByTestId('latent-scatter')).toHaveAttribute('data-points', /^[1-9]\d+$/);
  expect(await metricValue(page, 'auroc')).toBeGreaterThan(0.9);
  const { before, after } = await dragThresholdRight(page);
  expect(after).toBeLessThan(before);
});
