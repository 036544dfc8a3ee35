import { detectors } from '../src/core/detectors/registry';
import { lessons } from '../src/core/lessons/lessons';
import { dragThresholdRight, expect, metricValue, mnistScored, test, waitForStatus, workTimeout } from './fixtures';

// Opening a shipped start rescores the test digits once with the saved detector.
const startOpened = workTimeout({ backend: 'wasm', scoredSamples: mnistScored });

test('a first visit shows a trained detector: metrics live and a threshold that drags, without pressing Train', async ({
  page,
}) => {
  await page.goto('./?backend=wasm');
  const banner = page.getByTestId('pretrained-start');
  await expect(banner).toHaveAttribute('data-start', 'dense-ae', { timeout: startOpened });
  await waitForStatus(page, 'done', startOpened);
  // The shipped dense autoencoder on digit 1 reached about 0.9996 (public/pretrained/index.json).
  expect(await metricValue(page, 'auroc')).toBeGreaterThan(0.99);
  await expect(page.getByTestId('project-opened')).toHaveAttribute('data-max-difference', /^[0-9.e-]+$/);
  const { before, after } = await dragThresholdRight(page);
  expect(after).toBeLessThan(before);
  // The URL stays a plain link (no autostart, the page's backend), and Train your own starts a fresh run.
  expect(page.url()).not.toContain('autostart');
  await page.getByTestId('config-epochs').fill('1');
  await page.getByTestId('config-epochs').press('Enter');
  await page.getByTestId('train-your-own').click();
  await expect(page.getByTestId('pretrained-start')).toHaveCount(0);
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', trainSamples: 5000, scoredSamples: mnistScored }));
  await expect(page.getByTestId('train-status')).toContainText('epoch 1/1');
});

test("Run all classical pressed while the first visit's start is still opening: every row, and no error", async ({
  page,
}) => {
  const classical = detectors.filter((d) => d.family === 'classical').map((d) => d.id);
  await page.goto('./?backend=wasm');
  // The page is idle before the shipped start has opened: the click lands while it downloads or
  // rescores (the worker then holds one of the two), and the visitor's work must win without a word.
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  await page.getByTestId('run-classical').click();
  // The run shows its progress once the page has the split (a start may still be preparing it).
  await expect(page.getByTestId('classical-progress')).toBeVisible({ timeout: startOpened });
  await expect(page.getByTestId('classical-progress')).toHaveCount(0, {
    timeout: workTimeout({ backend: 'wasm', extraMs: 12_000 }) + startOpened,
  });
  const rows = await page
    .getByTestId('leaderboard-row')
    .evaluateAll((els) => els.map((r) => r.getAttribute('data-detector')!));
  expect(rows.filter((id) => classical.includes(id as never)).sort()).toEqual([...classical].sort());
  await expect(page.getByTestId('error-message')).toHaveCount(0);
});

test('the GAN studio opens on a trained generator when the MLP GAN is picked', async ({ page }) => {
  await page.goto('./?backend=wasm');
  await expect(page.getByTestId('pretrained-start')).toHaveAttribute('data-start', 'dense-ae', {
    timeout: startOpened,
  });
  await page.getByTestId('config-model').selectOption('mlp-gan');
  await expect(page.getByTestId('pretrained-start')).toHaveAttribute('data-start', 'mlp-gan', { timeout: startOpened });
  await waitForStatus(page, 'done', startOpened);
  const score = Number(await page.getByTestId('classifier-score').getAttribute('data-value'));
  // Digits, not noise: a grid of one repeated blob or of noise scores near 1.
  expect(score).toBeGreaterThan(4);
  await expect(page).toHaveURL(/model=mlp-gan/);
  // The link reproduces the view: a reload opens the same trained generator, not an empty studio.
  await expect(page).toHaveURL(/pretrained=1/);
  await page.reload();
  await expect(page.getByTestId('pretrained-start')).toHaveAttribute('data-start', 'mlp-gan', { timeout: startOpened });
  await waitForStatus(page, 'done', startOpened);
  expect(Number(await page.getByTestId('classifier-score').getAttribute('data-value'))).toBe(score);
});

test('pretrained=0 starts empty, as before: no start is even fetched', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pretrained/')) fetched.push(request.url());
  });
  await page.goto('./?backend=wasm&pretrained=0');
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  await expect(page.getByTestId('count-train')).toHaveText(/^\d+$/);
  // A start would be asked for as soon as the lab is ready, before any Train press can happen.
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'training', workTimeout({ backend: 'wasm' }));
  await page.getByTestId('stop-button').click();
  expect(fetched).toEqual([]);
  await expect(page.getByTestId('pretrained-start')).toHaveCount(0);
});

test('lang=zh shows the Chinese interface; the switch goes back to English and into the URL', async ({ page }) => {
  await page.goto('./?backend=wasm&pretrained=0&lang=zh');
  await expect(page.getByTestId('train-button')).toHaveText('▶ 训练');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('异常检测实验室');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('train-button')).toHaveText('▶ Train');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/lang=en/);
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('train-status')).toContainText('就绪');
});

test('every lesson link opens its lesson, without console errors', async ({ page }) => {
  test.slow(); // eight page loads, two of them opening a shipped start
  await page.goto('./?backend=wasm&pretrained=0');
  await page.getByTestId('lessons-button').click();
  const list = page.getByTestId('lessons');
  await expect(list.getByRole('link')).toHaveCount(lessons.length);
  const hrefs = await list.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  // A lesson link keeps the page's own choices: here the forced backend.
  for (const href of hrefs) expect(new URL(href).searchParams.get('backend')).toBe('wasm');
  for (const [i, lesson] of lessons.entries()) {
    await page.goto(hrefs[i]);
    const panel = page.getByTestId('lesson-panel');
    await expect(panel).toHaveAttribute('data-lesson', lesson.id);
    await expect(panel).toContainText(`Lesson ${i + 1} of ${lessons.length}`);
    // The preset is applied: the lesson's settings are the page's.
    for (const [name, value] of new URLSearchParams(lesson.preset)) {
      if (name !== 'pretrained') await expect(page).toHaveURL(new RegExp(`${name}=${value}`));
    }
    if (lesson.sample) {
      await page.getByTestId('lesson-load-sample').click();
      await expect(page.getByTestId('table-summary')).toBeVisible({ timeout: 30_000 });
    } else {
      // A shipped start opens trained; an autostarting preset (a one-pass detector on the playground) trains at once.
      const preset = new URLSearchParams(lesson.preset);
      const opensTrained = preset.get('pretrained') === '1' || preset.get('autostart') === '1';
      await waitForStatus(page, opensTrained ? 'done' : 'idle', startOpened);
    }
  }
});

test('the tour walks the main view by keyboard and can be left with Escape', async ({ page }) => {
  await page.goto('./?backend=wasm&pretrained=0');
  await page.getByTestId('tour-start').click();
  const step = page.getByTestId('tour-step');
  await expect(step).toHaveAttribute('data-step', '1');
  await expect(page.locator('[data-tour-active]')).toHaveAttribute('data-tour', 'header');
  await page.keyboard.press('ArrowRight');
  await expect(step).toHaveAttribute('data-step', '2');
  await expect(page.locator('[data-tour-active]')).toHaveAttribute('data-tour', 'data');
  await page.keyboard.press('Enter'); // Next has the focus
  await expect(step).toHaveAttribute('data-step', '3');
  await page.keyboard.press('ArrowLeft');
  await expect(step).toHaveAttribute('data-step', '2');
  await page.keyboard.press('Escape');
  await expect(step).toHaveCount(0);
  await expect(page.locator('[data-tour-active]')).toHaveCount(0);
});

test('help notes explain a panel, link the glossary, and stay open after a reload', async ({ page }) => {
  await page.goto('./?backend=wasm&pretrained=0');
  await expect(page.getByTestId('help-note-detect')).toHaveCount(0);
  await page.getByTestId('help-detect').click();
  const note = page.getByTestId('help-note-detect');
  await expect(note).toContainText('threshold');
  await note.getByTestId('glossary-recall').click();
  await expect(note.getByTestId('glossary-text-recall')).toContainText('TP / (TP + FN)');
  await page.reload();
  await expect(page.getByTestId('help-note-detect')).toBeVisible();
  await expect(page.getByTestId('help-note-model')).toHaveCount(0);
});

test('presenter mode folds the advanced panels; Copy link copies a link that reproduces the view', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?backend=wasm&pretrained=0&present=1&latent=7');
  await expect(page.locator('.app')).toHaveClass(/present/);
  await expect(page.getByTestId('config-latent')).toBeHidden();
  await page.getByText('Model settings').click();
  await expect(page.getByTestId('config-latent')).toHaveValue('7');
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-link-status')).toHaveText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const query = new URL(copied).searchParams;
  expect(query.get('present')).toBe('1');
  expect(query.get('latent')).toBe('7');
  await page.getByTestId('present-toggle').click();
  await expect(page.locator('.app')).not.toHaveClass(/present/);
  await expect(page.getByTestId('config-latent')).toBeVisible();
});
