import { expect, metricValue, mnistScored, test, waitForStatus, workTimeout, type Backend } from './fixtures';

/** Share of anomalies among the test digits: the AUPRC of a detector that ranks at random. */
async function anomalyShare(page: import('@playwright/test').Page): Promise<number> {
  const normal = Number(await page.getByTestId('count-test-normal').textContent());
  const anomalous = Number(await page.getByTestId('count-test-anomalous').textContent());
  expect(normal).toBeGreaterThan(0);
  return anomalous / (normal + anomalous);
}

test('a WASM run from the URL trains to done, fills every view, and its threshold follows the mouse', async ({
  page,
}) => {
  const epochs = 6;
  const limit = 600;
  await page.goto(`./?backend=wasm&normal=1&epochs=${epochs}&limit=${limit}&autostart=1`);
  await expect(page.getByTestId('backend-badge')).toContainText('wasm');
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: epochs * limit, scoredSamples: mnistScored }),
  );

  await expect(page.getByTestId('loss-line-train')).toBeVisible();
  expect(Number(await page.getByTestId('step-loss-line-loss').getAttribute('data-points'))).toBeGreaterThan(2);
  await expect(page.getByTestId('sample-grid').locator('canvas')).toHaveCount(8 * 3);
  await expect(page.getByTestId('error-histogram').locator('rect.bar-anomalous').first()).toBeAttached();
  await expect(page.getByTestId('roc-line')).toBeVisible();
  expect(Number(await page.getByTestId('roc-line').getAttribute('data-points'))).toBeGreaterThan(2);
  // Ones are the easiest digit: even a short run ranks them far above chance (0.5).
  expect(await metricValue(page, 'auroc')).toBeGreaterThan(0.95);
  // AUPRC at chance equals the anomaly share (here about 0.97): ask for most of the way from there to 1.
  const chance = await anomalyShare(page);
  expect(await metricValue(page, 'auprc')).toBeGreaterThan(chance + (1 - chance) * 0.6);

  // Drag the threshold line on the histogram with a real mouse, left to right.
  const histogram = page.getByTestId('error-histogram').locator('svg');
  await histogram.scrollIntoViewIfNeeded();
  const box = (await histogram.boundingBox())!;
  const precision = page.getByTestId('metric-precision');
  const recall = page.getByTestId('metric-recall');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.12, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, y, { steps: 5 });
  await page.mouse.up();
  const before = {
    p: await precision.textContent(),
    r: await recall.textContent(),
    rv: await metricValue(page, 'recall'),
  };
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.85, y, { steps: 8 });
  await page.mouse.up();
  // A higher threshold flags fewer digits: recall can only fall, and the shown text changes.
  await expect(recall).not.toHaveText(before.r!);
  expect(await metricValue(page, 'recall')).toBeLessThan(before.rv);
  expect(`${await precision.textContent()}${await recall.textContent()}`).not.toBe(`${before.p}${before.r}`);
  const draggedF1 = await metricValue(page, 'f1');

  // The slider is synced with the line and moves the threshold too.
  const slider = page.getByTestId('threshold-slider');
  await slider.focus();
  const shown = await page.getByTestId('threshold-value').textContent();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('threshold-value')).not.toHaveText(shown!);
  expect(await metricValue(page, 'recall')).toBe(1);

  // "Share of class" scales each class to itself: the few normal digits grow visible.
  const tallestNormal = () =>
    page
      .getByTestId('error-histogram')
      .locator('rect.bar-normal')
      .evaluateAll((bars) => Math.max(...bars.map((b) => Number(b.getAttribute('height')))));
  const countHeight = await tallestNormal();
  await page.getByTestId('histogram-per-class').check();
  await expect.poll(tallestNormal).toBeGreaterThan(countHeight * 2);
  await page.getByTestId('histogram-log').check();
  await expect(page.getByTestId('error-histogram')).toContainText('log share of class');

  // Best F1 beats both what the user dragged to and the trivial detector that flags everything.
  await page.getByTestId('threshold-bestf1').click();
  await expect(page.getByTestId('threshold-value')).toHaveAttribute('data-method', 'bestf1');
  const bestF1 = await metricValue(page, 'f1');
  const flagEverything = (2 * chance) / (1 + chance);
  expect(bestF1).toBeGreaterThanOrEqual(draggedF1);
  expect(bestF1).toBeGreaterThan(flagEverything);
  await expect(page.getByTestId('top-anomalies').locator('canvas').first()).toBeVisible();
});

for (const backend of ['webgpu', 'webgl'] as Backend[]) {
  test(`a tiny ${backend} run trains to done and scores the test set as WASM does`, async ({ page }) => {
    // A handful of steps proves the path (kernels, readback, scoring); quality is the WASM test's
    // job. Three steps leave the model far from trained, so its AUROC says nothing about quality,
    // but it is a fingerprint of the scores: the same seeded run on WASM must land on the same
    // value. All-zero reads would tie every score (0.5), NaN would be refused, a wrong kernel drifts.
    const limit = 96;
    const query = `normal=1&epochs=1&limit=${limit}&batch=32&layers=32&latent=8&autostart=1`;
    await page.goto(`./?backend=wasm&${query}`);
    await waitForStatus(
      page,
      'done',
      workTimeout({ backend: 'wasm', trainSamples: limit, scoredSamples: mnistScored }),
    );
    const reference = await metricValue(page, 'auroc');
    expect(Math.abs(reference - 0.5)).toBeGreaterThan(0.2);

    await page.goto(`./?backend=${backend}&${query}`);
    await expect(page.getByTestId('backend-badge')).toContainText(backend);
    await waitForStatus(page, 'done', workTimeout({ backend, trainSamples: limit, scoredSamples: mnistScored }));
    expect(await metricValue(page, 'auroc')).toBeCloseTo(reference, 2);
    await expect(page.getByTestId('metrics-refused')).toHaveCount(0);
    await expect(page.getByTestId('error-histogram').locator('rect.bar-anomalous').first()).toBeAttached();
  });
}

test('Train, Pause, Resume, Stop and Reset work from the buttons', async ({ page }) => {
  // Long enough (1,000 epochs) that Pause, Resume and Stop always meet a running loop.
  await page.goto('./?backend=wasm&normal=7&epochs=1000&limit=400&batch=16');
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  await page.getByTestId('normal-digits').getByText('3', { exact: true }).click();
  await expect(page).toHaveURL(/normal=3%2C7/);
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'training');
  await page.getByTestId('pause-button').click();
  await waitForStatus(page, 'paused');
  // A pause scores the detector as it stands: on the whole test set.
  await expect(page.getByTestId('metric-auroc')).toHaveAttribute('data-value', /\d/, {
    timeout: workTimeout({ backend: 'wasm', scoredSamples: mnistScored }),
  });
  await page.getByTestId('pause-button').click();
  await waitForStatus(page, 'training');
  await page.getByTestId('stop-button').click();
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', scoredSamples: mnistScored }));
  await expect(page.getByTestId('error-histogram')).toBeVisible();
  await page.getByTestId('reset-button').click();
  await waitForStatus(page, 'idle');
  await expect(page.getByTestId('error-histogram')).toHaveCount(0);
  await expect(page.getByTestId('loss-line-train')).toHaveAttribute('data-points', '0');
  await expect(page.getByTestId('step-loss-line-loss')).toHaveAttribute('data-points', '0');
  await expect(page.getByTestId('train-button')).toBeEnabled();
});

test('Train pressed the moment it can be, while an autostart link is still starting its run, joins that run', async ({
  page,
}) => {
  const epochs = 6;
  const limit = 600;
  await page.goto(`./?backend=wasm&normal=1&epochs=${epochs}&limit=${limit}&autostart=1`);
  // The first frame the button is enabled (the data is in, the link's run not yet training): click it there.
  const clickedWhile = await page.waitForFunction(
    () => {
      const button = document.querySelector<HTMLButtonElement>('[data-testid=train-button]');
      if (!button || button.disabled) return null;
      const status = document.querySelector('[data-testid=train-status]')?.getAttribute('data-status');
      button.click();
      return status;
    },
    null,
    { polling: 'raf', timeout: workTimeout({ backend: 'wasm' }) },
  );
  expect(await clickedWhile.jsonValue()).toBe('idle');
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: epochs * limit, scoredSamples: mnistScored }),
  );
  await expect(page.getByTestId('error-message')).toHaveCount(0);
  expect(await metricValue(page, 'auroc')).toBeGreaterThan(0.9);
  // One run: its progress counts one run's epochs, and the page stays done.
  await expect(page.getByTestId('train-status')).toContainText(`${epochs}`);
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'done');
});
