import { expect, metricValue, test, waitForStatus, workTimeout } from './fixtures';

// The convolutional autoencoder's training on WebGPU and WebGL: e2e/zoo.spec.ts.
test('the convolutional autoencoder trains on WASM (the lab adds its filter gradient) and refuses tables', async ({
  page,
}) => {
  const limit = 128;
  const testLimit = 300;
  const aurocs: number[] = [];
  // The same tiny run on the CPU backend (which has every gradient) and on WASM: equal scores.
  for (const backend of ['cpu', 'wasm'] as const) {
    await page.goto(
      `./?model=conv-ae&backend=${backend}&epochs=2&limit=${limit}&testlimit=${testLimit}&batch=32&autostart=1`,
    );
    await expect(page.getByTestId('backend-badge')).toContainText(backend);
    // A convolution costs about 30 dense-AE samples per item.
    await waitForStatus(
      page,
      'done',
      workTimeout({ backend, trainSamples: 30 * 2 * limit, scoredSamples: 30 * testLimit }),
    );
    await expect(page.getByTestId('error-message')).toHaveCount(0);
    aurocs.push(await metricValue(page, 'auroc'));
  }
  expect(aurocs[1]).toBeCloseTo(aurocs[0], 3);

  await page.goto('./?model=conv-ae&backend=wasm&dataset=csv');
  await page.getByTestId('sample-penguins').click();
  await expect(page.getByTestId('count-test-anomalous')).toHaveText('192');
  await page.getByTestId('train-button').click();
  await expect(page.getByTestId('error-message')).toContainText(
    'models square images such as MNIST digits, not table rows',
  );
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'idle');
});

test('a denoising autoencoder trains on noisy digits and shows noisy input beside its output', async ({ page }) => {
  const epochs = 5;
  const limit = 512;
  await page.goto(`./?backend=wasm&noise=0.3&epochs=${epochs}&limit=${limit}&autostart=1`);
  await expect(page.getByTestId('config-noise')).toHaveValue('0.3');
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: epochs * limit, scoredSamples: 10_000 }),
  );
  const grid = page.getByTestId('sample-grid');
  await expect(grid.locator('.sample-grid')).toHaveAttribute('data-rows', 'input,noisy input,output,error');
  await expect(grid.locator('canvas')).toHaveCount(8 * 4);
  // The noisy row differs from the clean input row: noise was really added.
  const rowsDiffer = await grid.locator('canvas').evaluateAll((canvases) => {
    const pixels = (c: Element) => (c as HTMLCanvasElement).toDataURL();
    return pixels(canvases[0]) !== pixels(canvases[8]);
  });
  expect(rowsDiffer).toBe(true);
  // Scores come from clean test digits; ones stay easy to tell from the rest.
  expect(await metricValue(page, 'auroc')).toBeGreaterThan(0.9);

  // The latent space: every drawn point is a test item, the ~200 normal ones among them.
  const scatter = page.getByTestId('latent-scatter');
  const drawn = Number(await scatter.getAttribute('data-points'));
  expect(drawn).toBeGreaterThan(500);
  await expect(scatter.locator('circle')).toHaveCount(drawn);
  expect(await scatter.locator('circle.dot-normal').count()).toBeGreaterThan(100);
  await scatter.locator('circle.dot-normal').last().hover();
  await expect(page.getByTestId('latent-hover')).toContainText('1 · normal');
  await expect(page.getByTestId('latent-hover').locator('canvas')).toHaveCount(1);
});

test('a GAN trains on a table whose rows are square images, with the same studio views', async ({ page }) => {
  const steps = 30;
  await page.goto(`./?dataset=csv&model=mlp-gan&backend=wasm&steps=${steps}&snapshot=10&encsteps=20`);
  // 16x16 images: normal rows hold a horizontal bar, anomalous ones a vertical bar.
  await page.getByTestId('drop-zone').evaluate((zone) => {
    const side = 16;
    const header = [...Array.from({ length: side * side }, (_, i) => `p${i}`), 'kind'].join(',');
    const lines = [header];
    for (let r = 0; r < 240; r += 1) {
      const odd = r % 8 === 0;
      const at = 2 + ((r * 7) % 12);
      const pixels = Array.from({ length: side * side }, (_, p) => {
        const [y, x] = [Math.floor(p / side), p % side];
        return (odd ? x === at || x === at + 1 : y === at || y === at + 1) ? 230 : (r * 31 + p) % 17;
      });
      lines.push([...pixels, odd ? 'vertical' : 'horizontal'].join(','));
    }
    const data = new DataTransfer();
    data.items.add(new File([lines.join('\n')], 'bars.csv', { type: 'text/csv' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('table-summary')).toContainText('240 rows');
  await page.getByTestId('label-column').selectOption('kind');
  await page.getByTestId('normal-label').selectOption(['horizontal']);
  await expect(page.getByTestId('as-images')).toBeChecked();
  await page.getByTestId('train-button').click();
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: (steps * 4 + 20 * 2) * 64, scoredSamples: 2 * 240 }),
  );
  const grid = page.getByTestId('sample-grid');
  await expect(grid).toHaveAttribute('data-step', String(steps));
  await expect(grid.locator('canvas')).toHaveCount(64);
  // The digit classifier reads MNIST digits only: no likeness read-out for a table's images.
  await expect(page.getByTestId('classifier-score')).toHaveAttribute('data-value', '');
  await expect(page.getByTestId('reconstruction-grid').locator('canvas').first()).toBeVisible();
  expect(Number.isFinite(await metricValue(page, 'auroc'))).toBe(true);
  await expect(page.getByTestId('anomaly-row').first()).toBeVisible();
});
