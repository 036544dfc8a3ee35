import { defineConfig } from '@playwright/test';
import { baseFlags, webgpuFlags } from './e2e/flags';

// The e2e tests drive the built dist/ from a sub-path, in headless Chromium with WebGPU on
// SwiftShader.
const port = 4317;

export default defineConfig({
  testDir: 'e2e',
  // Each test sizes its own waits from its work (e2e/fixtures.ts workTimeout); this is the ceiling.
  timeout: 600_000,
  expect: { timeout: 30_000 },
  workers: 1,
  // One retry tells a flaky test from a broken one; a flaky test still fails the run (and
  // scripts/test-all.mjs counts it as failed), so no retry can hide a failure.
  retries: 1,
  failOnFlakyTests: true,
  reporter: [['list'], ['json', { outputFile: '.e2e-results.json' }]],
  use: {
    // The offline cache would download the whole lab in the background of every test; the offline
    // test (e2e/offline.spec.ts) turns it on for itself.
    serviceWorkers: 'block',
    // A click on a control that never becomes usable fails in a minute, not at the test's ceiling.
    actionTimeout: 60_000,
    baseURL: `http://127.0.0.1:${port}/lab/`,
    viewport: { width: 1360, height: 1000 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      args: [...webgpuFlags, ...baseFlags],
    },
  },
  webServer: {
    command: `node scripts/serve-static.mjs ${port} lab`,
    url: `http://127.0.0.1:${port}/lab/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
