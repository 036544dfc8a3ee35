import { expect, metricValue, mnistScored, test, waitForStatus, workTimeout } from './fixtures';

/**
 * GAN work in dense-AE sample units: an MLP GAN step (D on real + fake, G through D) costs about
 * four AE samples per batch item; the f-AnoGAN encoder about two. DCGAN steps are convolutions,
 * roughly 30x dearer on the software renderers (README: 0.5 steps/s at batch 64 on WebGL).
 */
const mlpGanSamples = (steps: number, batch: number, encoderSteps: number) => (steps * 4 + encoderSteps * 2) * batch;
const dcganSamples = (steps: number, batch: number) => steps * batch * 120;

/** The grid's pixels as one string, to tell snapshots apart and to see that something was drawn. */
async function gridPixels(page: import('@playwright/test').Page): Promise<{ signature: string; lit: number }> {
  return page
    .getByTestId('sample-grid')
    .locator('canvas')
    .evaluateAll((canvases) => {
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

test('a short MLP GAN run from the URL generates digits, scores the test set, and compares detectors', async ({
  page,
}) => {
  await page.goto('./?model=mlp-gan&backend=wasm&steps=80&snapshot=20&encsteps=40&limit=300&autostart=1');
  // Both scorers score the test set and the training digits.
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: mlpGanSamples(80, 64, 40), scoredSamples: 2 * mnistScored }),
  );
  const grid = page.getByTestId('sample-grid');
  await expect(grid.locator('canvas')).toHaveCount(64);
  await expect(grid).toHaveAttribute('data-step', '80');
  const latest = await gridPixels(page);
  expect(latest.lit).toBeGreaterThan(100);
  // exp(mean KL) is 1 when every sample reads alike (all-blank or identical images) and at most 10.
  const score = Number((await page.getByTestId('classifier-score').getAttribute('data-value')) || Number.NaN);
  expect(score).toBeGreaterThan(1.05);
  expect(score).toBeLessThanOrEqual(10);
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
  expect(encoderAuroc).toBeGreaterThan(0.8);
  // The leaderboard has a row per scorer and marks the one in view as the current detector.
  const board = page.getByTestId('leaderboard');
  await expect(board.locator('[data-detector="mlp-gan·encoder"]')).toHaveAttribute('aria-current', 'true');
  await page.getByTestId('config-scorer').selectOption('disc');
  await expect.poll(() => metricValue(page, 'auroc')).not.toBe(encoderAuroc);
  expect(page.url()).toContain('scorer=disc');
  await expect(board.locator('[data-detector="mlp-gan·disc"]')).toHaveAttribute('aria-current', 'true');
  await expect(board.locator('[data-detector="mlp-gan·encoder"]')).not.toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('reconstruction-grid').locator('canvas')).toHaveCount(8 * 3);
  await expect(page.getByTestId('detector-comparison').getByTestId('detector-row')).toHaveCount(2);

  // Two picked digits give an interpolation strip and an animation.
  await page.getByTestId('gan-cell-0').click();
  await page.getByTestId('gan-cell-9').click();
  await expect(page.getByTestId('interpolation-strip').locator('canvas')).toHaveCount(12);
  await expect(page.getByTestId('interpolation-animation')).toBeVisible();
  await expect(page.getByTestId('gan-loss-chart-line-dLoss')).toBeVisible();
  expect(Number(await page.getByTestId('gan-loss-chart-line-gLoss').getAttribute('data-points'))).toBeGreaterThan(1);

  // Saved with the scorer in view, and reopened after a reload: same grid, curves and scores.
  const discAuroc = await metricValue(page, 'auroc');
  await page.getByTestId('model-name').fill('digit GAN');
  const download = page.waitForEvent('download');
  await page.getByTestId('save-model').click();
  await download;
  // The same address without autostart: a new page that trains nothing by itself.
  await page.goto('./?model=mlp-gan&backend=wasm&steps=80&snapshot=20&encsteps=40&limit=300');
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  await page.getByTestId('model-entry').filter({ hasText: 'digit GAN' }).getByTestId('open-model').click();
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', trainSamples: 0, scoredSamples: 3 * mnistScored }));
  await expect(page.getByTestId('project-opened')).toHaveAttribute('data-max-difference', '0');
  expect(await metricValue(page, 'auroc')).toBe(discAuroc);
  await expect(page.getByTestId('config-scorer')).toHaveValue('disc');
  await expect(grid).toHaveAttribute('data-step', '80');
  expect((await gridPixels(page)).signature).toBe(latest.signature);
  await expect(page.getByTestId('gan-loss-chart-line-dLoss')).toBeVisible();
  expect(Number(await page.getByTestId('gan-loss-chart-line-gLoss').getAttribute('data-points'))).toBeGreaterThan(1);
  await page.getByTestId('config-scorer').selectOption('encoder');
  await expect.poll(() => metricValue(page, 'auroc')).toBe(encoderAuroc);
});

test('a DCGAN pauses and steps one round at a time (CPU), and trains a few steps on WebGL and on WASM', async ({
  page,
}) => {
  // Pause and Step are the same code on every backend: exercised on the CPU backend, where a
  // small DCGAN step is cheap and predictable.
  const batch = 8;
  await page.goto(`./?model=dcgan&backend=cpu&steps=100000&snapshot=1000&batch=${batch}&limit=64&encsteps=0`);
  await waitForStatus(page, 'idle', workTimeout({ backend: 'cpu' }));
  await page.getByTestId('train-button').click();
  // The status counts steps as their stats are read back, 16 steps at a time (ganLoop's readback).
  const firstReadback = workTimeout({ backend: 'cpu', trainSamples: dcganSamples(16, batch) });
  await expect(page.getByTestId('train-status')).toContainText(/step [1-9]/, { timeout: firstReadback });
  const oneStep = workTimeout({ backend: 'cpu', trainSamples: dcganSamples(1, batch) });
  await page.getByTestId('pause-button').click();
  await waitForStatus(page, 'paused');
  const grid = page.getByTestId('sample-grid');
  const before = Number(await grid.getAttribute('data-step'));
  await page.getByTestId('step-button').click();
  await expect
    .poll(async () => Number(await grid.getAttribute('data-step')), { timeout: oneStep })
    .toBeGreaterThan(before);
  const stepped = Number(await grid.getAttribute('data-step'));
  await page.getByTestId('step-button').click();
  await expect.poll(async () => Number(await grid.getAttribute('data-step')), { timeout: oneStep }).toBe(stepped + 1);
  // Reset ends the run without scoring 10,000 digits through convolutions on the CPU.
  await page.getByTestId('reset-button').click();
  await waitForStatus(page, 'idle');
  await expect(grid).not.toHaveAttribute('data-step', /[1-9]/);

  // WebGL: three steps, each grid read back, prove the convolution kernels work there (scoring the
  // test set is the same code as on the CPU and would cost minutes on the software renderer).
  const steps = 3;
  await page.goto(
    `./?model=dcgan&backend=webgl&steps=100000&snapshot=1&batch=${batch}&limit=64&encsteps=0&autostart=1`,
  );
  const threeSteps = workTimeout({ backend: 'webgl', trainSamples: dcganSamples(steps, batch), extraMs: 20_000 });
  await expect
    .poll(async () => Number(await grid.getAttribute('data-step')), { timeout: threeSteps })
    .toBeGreaterThanOrEqual(steps);
  expect((await gridPixels(page)).lit).toBeGreaterThan(100);
  await page.getByTestId('reset-button').click();
  await waitForStatus(page, 'idle');

  // WASM has no convolution filter gradient of its own: the lab registers one (core/engine), so the
  // same three steps run there too.
  await page.goto(`./?model=dcgan&backend=wasm&steps=100000&snapshot=1&batch=${batch}&limit=64&encsteps=0&autostart=1`);
  await expect(page.getByTestId('backend-badge')).toContainText('wasm');
  const threeWasmSteps = workTimeout({ backend: 'wasm', trainSamples: dcganSamples(steps, batch), extraMs: 20_000 });
  await expect
    .poll(async () => Number(await grid.getAttribute('data-step')), { timeout: threeWasmSteps })
    .toBeGreaterThanOrEqual(steps);
  expect((await gridPixels(page)).lit).toBeGreaterThan(100);
  await expect(page.getByTestId('error-message')).toHaveCount(0);
  await page.getByTestId('reset-button').click();
  await waitForStatus(page, 'idle');
});
