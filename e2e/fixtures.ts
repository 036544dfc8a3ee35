import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every e2e test watches the page like a privacy auditor and a QA engineer at once: it fails on
 * any console error or uncaught exception, and on any request outside the lab's own origin.
 */
export const test = base.extend<{ watch: { consoleErrors: string[]; foreignRequests: string[] } }>({
  watch: [
    async ({ page, context, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
      context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
          foreignRequests.push(url);
      });
      const watch = { consoleErrors, foreignRequests };
      await use(watch);
      expect(foreignRequests, 'requests outside the origin').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function waitForStatus(page: Page, status: string, timeout = 150_000): Promise<void> {
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', status, { timeout });
}

/** A metric's raw value; NaN when the page shows none (an empty data-value must never read as 0). */
export async function metricValue(page: Page, id: string): Promise<number> {
  const raw = await page.getByTestId(`metric-${id}`).getAttribute('data-value');
  return raw === null || raw.trim() === '' ? Number.NaN : Number(raw);
}

/**
 * How long a piece of work may take on this project's slowest supported test machine: 2 cores,
 * no GPU, with two other CPU-bound processes beside the suite (`npm run test:loaded`). Waits are
 * sized from the work they wait for, never guessed: samples through the model on a backend, at
 * a quarter of the software renderers' measured unloaded speed (dense AE, ../README "Measured
 * figures"), plus a fixed start-up for page, worker, backend and MNIST.
 */
export type Backend = 'webgpu' | 'webgl' | 'wasm' | 'cpu';

/** Dense-autoencoder training samples per second, unloaded (README speed table, rounded down). */
const trainRate: Record<Backend, number> = { webgpu: 180, webgl: 1200, wasm: 2400, cpu: 400 };
/** A forward pass for scoring costs about a third of a training step. */
const scoreSpeedup = 3;
const loadFactor = 4;
const startupMs = 20_000;

export interface Work {
  backend: Backend;
  /** Samples seen in training (epochs × training samples, or GAN steps × batch × cost). */
  trainSamples?: number;
  /** Samples scored (the test set, plus the training set for label-free thresholds). */
  scoredSamples?: number;
  /** Extra fixed work, in unloaded milliseconds (e.g. shader compilation for a conv net). */
  extraMs?: number;
}

export function workTimeout(work: Work): number {
  const rate = trainRate[work.backend];
  const unloaded =
    ((work.trainSamples ?? 0) / rate + (work.scoredSamples ?? 0) / (rate * scoreSpeedup)) * 1000 + (work.extraMs ?? 0);
  return Math.round(startupMs + loadFactor * unloaded);
}

/** The bundled MNIST set holds 10,000 digits: a one-class run scores all but the training ones. */
export const mnistScored = 10_000;

/**
 * Drags the threshold line on the histogram from 30% to 85% of its width with a real mouse, and
 * returns recall before and after (a higher threshold flags fewer items: recall can only fall).
 */
export async function dragThresholdRight(page: Page): Promise<{ before: number; after: number }> {
  const histogram = page.getByTestId('error-histogram').locator('svg');
  await histogram.scrollIntoViewIfNeeded();
  const box = (await histogram.boundingBox())!;
  const y = box.y + box.height / 2;
  const drag = async (from: number, to: number) => {
    await page.mouse.move(box.x + box.width * from, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * to, y, { steps: 6 });
    await page.mouse.up();
  };
  await drag(0.12, 0.3);
  const before = await metricValue(page, 'recall');
  const shown = await page.getByTestId('metric-recall').textContent();
  await drag(0.3, 0.85);
  await expect(page.getByTestId('metric-recall')).not.toHaveText(shown!);
  return { before, after: await metricValue(page, 'recall') };
}
