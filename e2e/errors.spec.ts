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
