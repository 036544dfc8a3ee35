import { expect, metricValue, test, waitForStatus, workTimeout } from './fixtures';

// Faults injected into the first run through the URL (debug=...): the lab must come back by itself
// and finish the run, with the settings it had.

test('a worker that fails mid-run is replaced, the data reloaded, and the run finishes', async ({ page }) => {
  const epochs = 4;
  const limit = 256;
  await page.goto(`./?backend=wasm&pretrained=0&epochs=${epochs}&limit=${limit}&debug=crash-worker&autostart=1`);
  const notice = page.getByTestId('recovery-notice');
  await expect(notice).toContainText("The lab's worker failed", { timeout: workTimeout({ backend: 'wasm' }) });
  // An autoencoder resumes from the checkpoint of its last finished epoch.
  await expect(notice).toContainText(/continued the run from its checkpoint after epoch [12]\b/);
  await expect(notice).toHaveAttribute('role', 'status');
  // At most twice the run: the part interrupted and the rest.
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: 2 * epochs * limit, scoredSamples: 10_000 }),
  );
  expect(await metricValue(page, 'auroc')).toBeGreaterThan(0.8);
  await expect(page.getByTestId('config-epochs')).toHaveValue(String(epochs));
  await expect(page.getByTestId('error-message')).toHaveCount(0);
  // A fresh worker answers every intent: a second run trains without a fault.
  await page.getByTestId('train-button').click();
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: epochs * limit, scoredSamples: 10_000 }),
  );
});

test('a lost GPU device mid-run: a fresh engine, the data again, and the run finishes on WebGPU', async ({ page }) => {
  const epochs = 3;
  const limit = 128;
  const testLimit = 300;
  await page.goto(
    `./?backend=webgpu&pretrained=0&epochs=${epochs}&limit=${limit}&testlimit=${testLimit}&debug=lose-device&autostart=1`,
  );
  const notice = page.getByTestId('recovery-notice');
  await expect(notice).toContainText('The GPU device was lost', {
    timeout: workTimeout({ backend: 'webgpu', trainSamples: 2 * limit }),
  });
  await expect(notice).toContainText('fresh engine on webgpu');
  await expect(notice).toContainText(/continued the run from its checkpoint after epoch 1\b/);
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'webgpu', trainSamples: 2 * epochs * limit, scoredSamples: testLimit }),
  );
  await expect(page.getByTestId('backend-badge')).toHaveText('webgpu');
  // Six steps rank digits no better than chance: what matters is a finished, scored run.
  const auroc = await metricValue(page, 'auroc');
  expect(auroc).toBeGreaterThanOrEqual(0);
  expect(auroc).toBeLessThanOrEqual(1);
  await expect(page.getByTestId('loss-series-train')).toHaveAttribute('data-last', /\d/);
  await expect(page.getByTestId('error-message')).toHaveCount(0);
});
