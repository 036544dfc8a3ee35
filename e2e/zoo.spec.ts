import { detectors } from '../src/core/detectors/registry';
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

test('Fashion-MNIST from its tab: named classes, a split of its own, and a detector that tells trousers apart', async ({
  page,
}) => {
  await page.goto('./?backend=wasm&pretrained=0');
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  await expect(page.getByTestId('count-test-anomalous')).toHaveText('8873'); // MNIST, digit 1 normal
  await page.getByTestId('dataset-fashion').click();
  await expect(page.getByTestId('dataset-fashion')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/dataset=fashion/);
  const classes = page.getByTestId('normal-digits');
  await expect(classes).toContainText('T-shirt/top');
  await expect(classes).toContainText('Ankle boot');
  // 1,000 items a class: the 200 held-out trousers and the 9,000 others are tested.
  await expect(page.getByTestId('count-test-normal')).toHaveText('200');
  await expect(page.getByTestId('count-test-anomalous')).toHaveText('9000');
  await page.getByTestId('config-epochs').fill('3');
  await page.getByTestId('config-epochs').press('Enter');
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', trainSamples: 3 * 800, scoredSamples: 10_000 }));
  await expect(page.getByTestId('sample-grid')).toContainText('Trouser');
  expect(await metricValue(page, 'auroc')).toBeGreaterThan(0.9);
  const { before, after } = await dragThresholdRight(page);
  expect(after).toBeLessThan(before);
  // Back to MNIST: its own split again, and nothing of the Fashion run left on screen.
  await page.getByTestId('dataset-mnist').click();
  await expect(page.getByTestId('count-test-anomalous')).toHaveText('8873');
  await expect(page.getByTestId('metric-auroc')).toHaveCount(0);
});

/**
 * Every image autoencoder in the registry but the dense one (whose real runs fill the other specs):
 * a detector added as a folder and a registry line gets this smoke run with no edit here. Work is
 * sized for the costliest kind (a convolutional model: about 30 dense-AE samples per item on the
 * software renderers); a generative one (prior grid) scores with 4 draws.
 */
const zoo = detectors
  .filter(
    (d) =>
      d.family === 'autoencoder' &&
      d.id !== 'dense-ae' &&
      (d.accepts as readonly string[]).includes('image') &&
      // The image autoencoders (they remake their input): the suite's time budget keeps the
      // label-aware networks to WASM here (e2e/labels.spec.ts); a refused GPU backend leaves one out too.
      (d.views as readonly string[]).includes('reconstructions') &&
      !('webgpu' in d.unsupportedBackends || 'webgl' in d.unsupportedBackends),
  )
  .map((d) => ({
    model: d.id,
    cost: 30,
    draws: (d.views as readonly string[]).includes('prior-grid') ? 4 : 1,
  }));

// One image set per model, alternating (the suite's time budget: shader compilation on SwiftShader
// dominates); every model still runs on both backends, and both sets are covered across the zoo.
zoo.forEach(({ model, cost, draws }, i) => {
  const dataset = i % 2 === 0 ? 'mnist' : 'fashion';
  test(`${model} trains at a tiny size on WebGPU and WebGL (${dataset}), with the same scores`, async ({ page }) => {
    const limit = 64;
    const testLimit = 200;
    const aurocs: number[] = [];
    for (const backend of ['webgpu', 'webgl'] as const) {
      const query = `dataset=${dataset}&model=${model}&epochs=1&limit=${limit}&testlimit=${testLimit}&batch=32`;
      await page.goto(`./?backend=${backend}&${query}&autostart=1`);
      await expect(page.getByTestId('backend-badge')).toContainText(backend);
      await waitForStatus(
        page,
        'done',
        workTimeout({
          backend,
          trainSamples: limit * cost,
          scoredSamples: (testLimit + limit) * cost * draws,
          extraMs: 10_000, // shader compilation
        }),
      );
      // 200 of the test set, its share of normal items kept (about 1 in 40 on MNIST, 1 in 46 on Fashion).
      await expect(page.getByTestId('count-test-normal')).toHaveText(dataset === 'mnist' ? '5' : '4');
      await expect(page.getByTestId('count-test-anomalous')).toHaveText(dataset === 'mnist' ? '195' : '196');
      await expect(page.getByTestId('latent-scatter')).toHaveAttribute('data-points', String(testLimit));
      expect(Number(await page.getByTestId('loss-series-train').getAttribute('data-last'))).toBeGreaterThan(0);
      const { before, after } = await dragThresholdRight(page);
      expect(after).toBeLessThan(before);
      aurocs.push(await metricValue(page, 'auroc'));
    }
    // One step leaves the model barely trained: the AUROC is a fingerprint of the scores, which the
    // same seeded run must reproduce on the other backend (all-zero reads would tie at 0.5).
    const [onWebgpu, onWebgl] = aurocs;
    expect(Number.isFinite(onWebgpu) && onWebgpu !== 0.5, `${dataset}: ${onWebgpu}`).toBe(true);
    expect(Math.abs(onWebgpu - onWebgl), `${dataset}: ${aurocs}`).toBeLessThan(0.01);
  });
});
