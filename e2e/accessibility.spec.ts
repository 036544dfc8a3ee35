import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, mnistScored, test, waitForStatus, workTimeout } from './fixtures';

// axe-core is injected as a script; the built page's Content-Security-Policy would refuse it.
test.use({ bypassCSP: true });

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const startOpened = workTimeout({ backend: 'wasm', scoredSamples: mnistScored });

/** Serious and critical WCAG A/AA violations on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target[0]) }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.targets.slice(0, 5).join(', ')}`);
}

test('axe finds no serious or critical violation in the MNIST view with a trained detector, the probe and a help note', async ({
  page,
}) => {
  await page.goto('./?backend=wasm&probe=1');
  await expect(page.getByTestId('pretrained-start')).toBeVisible({ timeout: startOpened });
  await waitForStatus(page, 'done', startOpened);
  await expect(page.getByTestId('probe-score')).toBeVisible();
  await expect(page.getByTestId('per-class')).toBeVisible();
  await page.getByTestId('help-detect').click();
  await page.getByTestId('lessons-button').click();
  expect(await seriousViolations(page)).toEqual([]);
  // The probe draws from the keyboard: Tab to the canvas, Shift + arrows paint a stroke.
  const before = await page.getByTestId('probe-score').getAttribute('data-value');
  await page.getByTestId('probe-canvas').focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByTestId('probe-score')).not.toHaveAttribute('data-value', before!);
  // Normal and anomalous differ without colour: hatched bars, and rings against filled dots in the latent scatter.
  const anomalousFill = await page
    .locator('.bar-anomalous')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  expect(anomalousFill).toContain('url(');
  const [ring, dot] = await Promise.all(
    ['circle.dot-anomalous', 'circle.dot-normal'].map((selector) =>
      page
        .getByTestId('latent-scatter')
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).fill),
    ),
  );
  expect(ring).toBe('none');
  expect(dot).not.toBe('none');
});

test('axe: the GAN studio with a trained generator', async ({ page }) => {
  await page.goto('./?backend=wasm&pretrained=1&model=mlp-gan');
  await expect(page.getByTestId('pretrained-start')).toHaveAttribute('data-start', 'mlp-gan', { timeout: startOpened });
  await waitForStatus(page, 'done', startOpened);
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe: the CSV view with the penguins scored, in Chinese', async ({ page }) => {
  await page.goto('./?dataset=csv&backend=wasm&model=iforest&trees=20&lang=zh');
  await page.getByTestId('sample-penguins').click();
  await expect(page.getByTestId('table-summary')).toBeVisible();
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', trainSamples: 344, scoredSamples: 344 }));
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe: a lesson in presenter mode', async ({ page }) => {
  await page.goto('./?backend=wasm&lesson=thresholds&pretrained=1&thresholdmethod=percentile&present=1');
  await expect(page.getByTestId('lesson-panel')).toBeVisible();
  await waitForStatus(page, 'done', startOpened);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a keyboard-only run: Tab to Train, Enter, then arrow keys move the threshold', async ({ page }) => {
  const epochs = 2;
  const limit = 256;
  await page.goto(`./?backend=wasm&pretrained=0&epochs=${epochs}&limit=${limit}`);
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  // Tab from the top of the page until the Train button has the focus, as a keyboard user does.
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  for (let i = 0; i < 40 && (await focused()) !== 'train-button'; i += 1) await page.keyboard.press('Tab');
  expect(await focused()).toBe('train-button');
  // The focus is visible: an outline drawn by :focus-visible.
  const outline = await page.getByTestId('train-button').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: epochs * limit, scoredSamples: mnistScored }),
  );
  const before = await page.getByTestId('threshold-value').textContent();
  for (let i = 0; i < 80 && (await focused()) !== 'threshold-slider'; i += 1) await page.keyboard.press('Tab');
  expect(await focused()).toBe('threshold-slider');
  for (let i = 0; i < 20; i += 1) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('threshold-value')).not.toHaveText(before!);
  expect(Number(await page.getByTestId('threshold-value').textContent())).toBeGreaterThan(Number(before));
});

for (const [width, height] of [
  [390, 844],
  [360, 740],
]) {
  test(`a ${width}x${height} screen has no horizontal page scroll, with a trained detector, the CSV view and the playground`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?backend=wasm');
    await waitForStatus(page, 'done', startOpened);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBe(0);
    await page.getByTestId('dataset-csv').click();
    await page.getByTestId('sample-penguins').click();
    await expect(page.getByTestId('column-table')).toBeVisible();
    expect(await overflow()).toBe(0);
    // The playground's plane shrinks to the screen.
    await page.goto('./?dataset=toy&backend=wasm&model=iforest&autostart=1');
    await waitForStatus(page, 'done', startOpened);
    await expect(page.getByTestId('playground-field').first()).toHaveAttribute('data-ready', 'true');
    expect(await overflow()).toBe(0);
  });
}

test('axe: the 2-D playground with a trained detector and its field', async ({ page }) => {
  await page.goto('./?dataset=toy&backend=wasm&model=iforest&autostart=1');
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', scoredSamples: 5000 }));
  await expect(page.getByTestId('playground-field').first()).toHaveAttribute('data-ready', 'true');
  expect(await seriousViolations(page)).toEqual([]);
});
