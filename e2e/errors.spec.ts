import { expect, test, waitForStatus } from './fixtures';

test('a broken MNIST asset shows a clear alert, and the user can retry without reloading', async ({ page }) => {
  await page.route('**/mnist.bin', (route) =>
    route.fulfill({ status: 200, contentType: 'application/octet-stream', body: 'not a digit in sight' }),
  );
  await page.goto('./?backend=wasm&epochs=1&limit=64');
  const alert = page.getByTestId('error-message');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('MNIST asset');
  await waitForStatus(page, 'error');
  // The page stays usable: the backend is still chosen and the button offers a retry.
  await expect(page.getByTestId('backend-badge')).toContainText('wasm');
  await page.unroute('**/mnist.bin');
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done', 120_000);
  await expect(page.getByTestId('error-histogram')).toBeVisible();
});

test('the memory guard refuses an oversized model in words, and a smaller one then trains', async ({ page }) => {
  await page.goto('./?backend=wasm&pretrained=0&layers=2048,2048,2048,2048,2048,2048&epochs=1&limit=64&autostart=1');
  const alert = page.getByTestId('error-message');
  await expect(alert).toHaveAttribute('role', 'alert');
  // About 4 GB for the model alone against WASM's 2 GB: named, with the change that helps.
  await expect(alert).toContainText(/would need about \d+(\.\d)? GB of memory/);
  await expect(alert).toContainText('narrower or fewer hidden layers');
  await expect(page.getByTestId('train-status')).not.toHaveAttribute('data-status', 'training');
  // The settings are kept; the user narrows the layers and trains.
  await expect(page.getByTestId('config-layers')).toHaveValue('2048,2048,2048,2048,2048,2048');
  await page.getByTestId('config-layers').fill('64');
  await page.getByTestId('config-layers').press('Enter');
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done');
  await expect(alert).toHaveCount(0);
});
