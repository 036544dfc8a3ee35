import { dragThresholdRight, expect, mnistScored, test, waitForStatus, workTimeout } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/** Drags the pen over the probe canvas between two points given in image pixels (28 x 28). */
async function stroke(page: Page, canvas: Locator, from: [number, number], to: [number, number]) {
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const at = ([x, y]: [number, number]) => [box.x + (x / 28) * box.width, box.y + (y / 28) * box.height] as const;
  await page.mouse.move(...at(from));
  await page.mouse.down();
  await page.mouse.move(...at(to), { steps: 12 });
  await page.mouse.up();
}

const scoreOf = async (page: Page) => Number(await page.getByTestId('probe-score').getAttribute('data-value'));
/** Waits until the probe shows a score other than `previous` (each stroke is scored in the worker). */
async function nextScore(page: Page, previous: number): Promise<number> {
  await expect.poll(() => scoreOf(page), { timeout: 20_000 }).not.toBe(previous);
  return scoreOf(page);
}

test('by touch: a drawn 1 passes and a blank canvas is flagged; a gallery item probes as the run scored it; per-class bars follow the threshold', async ({
  page,
}) => {
  const epochs = 6;
  const limit = 600;
  await page.goto(`./?backend=wasm&normal=1&model=dense-ae&epochs=${epochs}&limit=${limit}&probe=1`);
  await page.getByTestId('train-button').click();
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: epochs * limit, scoredSamples: mnistScored }),
  );
  await expect(page.getByTestId('error-message')).toHaveCount(0);

  // The probe opened from the link with a blank canvas, scored once the run ended.
  const canvas = page.getByTestId('probe-canvas');
  await expect(canvas).toBeVisible();
  const verdict = page.getByTestId('probe-verdict');
  await expect(verdict).toBeVisible();
  const blank = await scoreOf(page);
  await expect(verdict).toHaveAttribute('data-anomalous', 'true');
  // The histogram marks where the drawing scores.
  await expect(page.getByTestId('probe-marker')).toHaveAttribute('data-value', String(blank));

  // A person draws a 1: one upright stroke down the middle.
  await stroke(page, canvas, [14, 4], [13, 24]);
  const one = await nextScore(page, blank);
  expect(one).toBeLessThan(blank);
  await expect(verdict).toHaveAttribute('data-anomalous', 'false');
  await expect(page.getByTestId('probe-reconstruction')).toBeVisible();
  await expect(page.getByTestId('probe-latent')).toBeAttached();
  // A bar across it makes it less like a 1.
  await stroke(page, canvas, [6, 14], [22, 14]);
  expect(await nextScore(page, one)).toBeGreaterThan(one);

  // The verdict follows the threshold, which the drawing does not move.
  const threshold = Number(await page.getByTestId('threshold-value').textContent());
  expect(Number.isFinite(threshold)).toBe(true);
  const flagged = (await verdict.getAttribute('data-anomalous')) === 'true';
  expect(flagged).toBe((await scoreOf(page)) > threshold);

  // Clear gives back the blank canvas and its score.
  await page.getByTestId('probe-clear').click();
  await expect.poll(() => scoreOf(page), { timeout: 20_000 }).toBeCloseTo(blank, 6);

  // Starting from the most anomalous test digit: the probe scores it exactly as the run did.
  const topItem = page.getByTestId('top-anomalies').getByTestId('gallery-item').first();
  const caption = (await topItem.locator('figcaption').textContent())!;
  const shown = Number(caption.split('·')[1]);
  await topItem.getByTestId('probe-from').click();
  await expect.poll(async () => (await scoreOf(page)).toFixed(4), { timeout: 20_000 }).toBe(shown.toFixed(4));
  await expect(verdict).toHaveAttribute('data-anomalous', 'true');
  expect(page.url()).toContain('probe=1');

  // Per-class detection: one bar per anomalous digit, their recalls weighted by their counts are the
  // overall recall, and they follow the threshold.
  const bars = page.getByTestId('per-class').getByTestId('per-class-bar');
  await expect(bars).toHaveCount(9);
  const read = () =>
    bars.evaluateAll((items) =>
      items.map((bar) => ({
        cls: bar.getAttribute('data-class'),
        recall: Number(bar.getAttribute('data-recall')),
        auroc: Number(bar.getAttribute('data-auroc')),
        count: Number(bar.getAttribute('data-count')),
      })),
    );
  const weighted = (rows: Awaited<ReturnType<typeof read>>) =>
    rows.reduce((sum, r) => sum + r.recall * r.count, 0) / rows.reduce((sum, r) => sum + r.count, 0);
  const first = await read();
  expect(first.map((r) => r.cls)).toEqual(['0', '2', '3', '4', '5', '6', '7', '8', '9']);
  for (const r of first) {
    expect(r.auroc).toBeGreaterThan(0.5);
    expect(r.auroc).toBeLessThanOrEqual(1);
  }
  const { after } = await dragThresholdRight(page);
  const moved = await read();
  expect(moved.map((r) => r.recall)).not.toEqual(first.map((r) => r.recall));
  expect(weighted(moved)).toBeCloseTo(after, 6);

  // A bar filters the galleries to its class.
  await page.locator('[data-testid="per-class-bar"][data-class="7"]').getByRole('button').click();
  await expect(page.getByTestId('gallery-class')).toHaveAttribute('data-class', '7');
  const labels = await page
    .getByTestId('top-anomalies')
    .getByTestId('gallery-item')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-label')));
  expect(labels.length).toBeGreaterThan(0);
  expect(new Set(labels)).toEqual(new Set(['7']));
});
