import { expect, metricValue, test, waitForStatus } from './fixtures';

/** The grid's pixels as one string, to tell snapshots apart and to see that something was drawn. */
async function gridPixels(page: import('@playwright/test').Page): Promise<{ signature: string; lit: number }> {
  return page.getByTestId('sample-grid').locator('canvas').evaluateAll((canvases) => {
    let lit = 0;
    const parts = canvases.map((canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < data.length; i += 4) if (data[i] > 40) lit += 1;
      return c.toDataURL();
    });
    return { signature: parts.join('|'), lit };
  });
}

test('a short MLP GAN run from the URL generates digits, scores the test set, and compares detectors', async ({ page }) => {
  await page.goto('./?model=mlp-gan&backend=wasm&steps=80&snapshot=20&encsteps=40&limit=300&autostart=1');
  await waitForStatus(page, 'done', 150_000);
  const grid = page.getByTestId('sample-grid');
  await expect(grid.locator('canvas')).toHaveCount(64);
  await expect(grid).toHaveAttribute('data-step', '80');
  const latest = await gridPixels(page);
  expect(latest.lit).toBeGreaterThan(100);
  const score = Number(await page.getByTestId('classifier-score').getAttribute('data-value'));
  expect(score).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('class-histogram')).toBeVisible();

  // The history scrubber goes back to the first snapshot (pure noise), which looks different.
  await page.getByTestId('snapshot-scrubber').focus();
  await page.keyboard.press('Home');
  await expect(grid).toHaveAttribute('data-step', '0');
  expect((await gridPixels(page)).signature).not.toBe(latest.signature);
  await page.keyboard.press('End');
  await expect(grid).toHaveAttribute('data-step', '80');

  // The chosen scorer (encoder by default) fills the histogram and metrics; the other one too.
  await expect(page.getByTestId('error-histogram').locator('rect.bar-anomalous').first()).toBeAttached();
  const encoderAuroc = await metricValue(page, 'auroc');
  expect(encoderAuroc).toBeGreaterThan(0.5);
  await page.getByTestId('config-scorer').selectOption('disc');
  await expect.poll(() => metricValue(page, 'auroc')).not.toBe(encoderAuroc);
  expect(page.url()).toContain('scorer=disc');
  await expect(page.getByTestId('reconstruction-grid').locator('canvas')).toHaveCount(8 * 3);
  await expect(page.getByTestId('detector-comparison').getByTestId('detector-row')).toHaveCount(2);

  // Two picked digits give an interpolation strip and an animation.
  await page.getByTestId('gan-cell-0').click();
  await page.getByTestId('gan-cell-9').click();
  await expect(page.getByTestId('interpolation-strip').locator('canvas')).toHaveCount(12);
  await expect(page.getByTestId('interpolation-animation')).toBeVisible();
  await expect(page.getByTestId('gan-loss-chart').locator('.recharts-line-curve').first()).toBeVisible();
});

test('a DCGAN on WebGL pauses, steps one round at a time, and refuses the WASM backend with a reason', async ({ page }) => {
  await page.goto('./?model=dcgan&backend=webgl&steps=100000&snapshot=1000&batch=16&limit=200&encsteps=0');
  await waitForStatus(page, 'idle', 60_000);
  await page.getByTestId('train-button').click();
  await expect(page.getByTestId('train-status')).toContainText(/step [1-9]/, { timeout: 60_000 });
  await page.getByTestId('pause-button').click();
  await waitForStatus(page, 'paused');
  const grid = page.getByTestId('sample-grid');
  const before = Number(await grid.getAttribute('data-step'));
  await page.getByTestId('step-button').click();
  await expect.poll(async () => Number(await grid.getAttribute('data-step')), { timeout: 60_000 }).toBeGreaterThan(before);
  const stepped = Number(await grid.getAttribute('data-step'));
  await page.getByTestId('step-button').click();
  await expect.poll(async () => Number(await grid.getAttribute('data-step')), { timeout: 60_000 }).toBe(stepped + 1);
  await page.getByTestId('stop-button').click();
  await waitForStatus(page, 'done', 120_000);

  await page.goto('./?model=dcgan&backend=wasm&steps=5');
  await waitForStatus(page, 'idle', 60_000);
  await page.getByTestId('train-button').click();
  await expect(page.getByTestId('error-message')).toContainText('cannot train the DCGAN');
});
