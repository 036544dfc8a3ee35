import type { ChildProcess } from 'node:child_process';
import { expect, test, waitForStatus, workTimeout } from './fixtures';
import { startServer, stopServer } from './servers';

// `npm start` builds, then serves dist/ with `vite preview` (vite.config.ts sets its headers).
const port = 4318;
test.use({ baseURL: `http://127.0.0.1:${port}/` });
let server: ChildProcess;
test.beforeAll(async () => {
  server = await startServer(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    `http://127.0.0.1:${port}/`,
  );
});
// Every process the server started goes, and the port is free again (checked, not assumed).
test.afterAll(async () => {
  await stopServer(server, `http://127.0.0.1:${port}/`);
});

test("npm start's server makes the lab cross-origin isolated", async ({ page }) => {
  await page.goto('./?backend=wasm&pretrained=0');
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  expect(await page.evaluate(() => self.crossOriginIsolated)).toBe(true);
  await page.getByTestId('backend-badge').click();
  await expect(page.getByTestId('wasm-threads')).toHaveAttribute(
    'data-threads',
    String(await page.evaluate(() => navigator.hardwareConcurrency)),
  );
});
