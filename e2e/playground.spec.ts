import { expect, test, waitForStatus, workTimeout } from './fixtures';

const side = 64;

test('the 2-D playground: moons, a dense AE field as it trains, every classical field beside it, points placed by click and by keyboard', async ({
  page,
}) => {
  const epochs = 30;
  // One anomaly placed by hand far from the moons, in the link.
  await page.goto(`./?dataset=toy&toy=moons&backend=wasm&model=dense-ae&epochs=${epochs}&points=920,920,1`);
  const counts = page.getByTestId('toy-counts');
  await expect(counts).toHaveAttribute('data-anomalous', '16');
  const main = page.getByTestId('playground').getByTestId('playground-field').first();
  await expect(main).toHaveAttribute('data-ready', 'false');
  await expect(main.getByTestId('playground-point')).toHaveCount(301);

  await page.getByTestId('train-button').click();
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: epochs * 301, scoredSamples: 301 + epochs * side * side }),
  );
  await expect(main).toHaveAttribute('data-ready', 'true');
  expect(Number(await main.getAttribute('data-auroc'))).toBeGreaterThan(0.7);
  await expect(main.locator('[data-testid="playground-point"][data-hand="true"]')).toHaveAttribute(
    'data-flagged',
    'true',
  );

  // Every one-pass detector on the same points, with the dense AE's field first.
  await page.getByTestId('playground-compare').click();
  const grid = page.getByTestId('playground-grid');
  await expect(grid).toHaveAttribute('data-status', 'done', {
    timeout: workTimeout({ backend: 'wasm', scoredSamples: 20 * (301 + side * side), extraMs: 20_000 }),
  });
  const fields = await grid.getByTestId('playground-field').evaluateAll((els) =>
    els.map((el) => ({
      detector: el.getAttribute('data-detector'),
      auroc: Number(el.getAttribute('data-auroc')),
      hand: el.querySelector('[data-hand="true"]')?.getAttribute('data-flagged'),
    })),
  );
  const detectors = fields.map((f) => f.detector);
  expect(detectors[0]).toBe('dense-ae');
  for (const id of [
    'pca',
    'zscore',
    'mahalanobis',
    'knn',
    'lof',
    'kmeans',
    'iforest',
    'ocsvm',
    'ecod',
    'copod',
    'hbos',
  ]) {
    expect(detectors).toContain(id);
  }
  for (const f of fields) {
    // Each ranks the moons' outliers better than chance, and flags the far-away point at its own threshold.
    expect(f.auroc, f.detector!).toBeGreaterThan(0.6);
    expect(f.hand, f.detector!).toBe('true');
  }
  // Isolation Forest and LOF draw different shapes: their fields differ.
  const pixels = await grid
    .locator('[data-detector="iforest"] canvas, [data-detector="lof"] canvas')
    .evaluateAll((els) => els.map((c) => (c as HTMLCanvasElement).toDataURL()));
  expect(pixels[0]).not.toBe(pixels[1]);

  // A click on the plane places an anomaly there: the link keeps it, the points are new, the fields go.
  const plane = main.locator('svg');
  const box = (await plane.boundingBox())!;
  await plane.click({ position: { x: box.width * 0.1, y: box.height * 0.9 } });
  await expect(page).toHaveURL(/points=920%2C920%2C1%2C-[78]\d\d%2C-[78]\d\d%2C1/);
  await expect(counts).toHaveAttribute('data-anomalous', '17');
  await expect(grid).toHaveCount(0);
  await expect(main.getByTestId('playground-point')).toHaveCount(302);

  // By keyboard: focus the plane, move the cursor from the centre, Enter places a point (a normal one now).
  await page.getByTestId('playground-place-mode').getByRole('radio').nth(1).check();
  await plane.focus();
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/%2C200%2C0%2C0$|%2C200%2C0%2C0&/);
  await expect(counts).toHaveAttribute('data-normal', '286');
  // Select the first hand-placed point and move it up with the arrow key.
  await main.locator('rect[data-hand="true"]').first().click();
  await page.keyboard.press('ArrowUp');
  await expect(page).toHaveURL(/points=920%2C970%2C1/);
});

test('a GAN on the playground: its samples and its discriminator field on the plane; D-only and G-only steps advance their own counters; slow motion', async ({
  page,
}) => {
  await page.goto('./?dataset=toy&toy=blobs&backend=wasm&model=mlp-gan&steps=100000&snapshot=20&encsteps=0');
  await page.getByTestId('train-button').click();
  const main = page.getByTestId('playground').getByTestId('playground-field').first();
  const generated = main.getByTestId('playground-generated');
  await expect(main).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(generated).toHaveAttribute('data-count', /^[1-9]\d*$/);
  await page.getByTestId('pause-button').click();
  await waitForStatus(page, 'paused', 30_000);

  const stepD = page.getByTestId('gan-step-d');
  const stepG = page.getByTestId('gan-step-g');
  const count = async (button: typeof stepD) => Number(await button.getAttribute('data-count'));
  const field = () => main.locator('canvas').evaluate((c) => (c as HTMLCanvasElement).toDataURL());
  const crosses = () => generated.locator('path').first().getAttribute('d');
  // Let the snapshot of the pause land before reading the counters.
  await expect.poll(async () => (await count(stepD)) > 0, { timeout: 20_000 }).toBe(true);
  const [d0, g0, field0, crosses0] = [await count(stepD), await count(stepG), await field(), await crosses()];

  await stepD.click();
  await expect(stepD).toHaveAttribute('data-count', String(d0 + 1), { timeout: 20_000 });
  expect(await count(stepG)).toBe(g0);
  await expect.poll(field, { timeout: 20_000 }).not.toBe(field0);
  // The generator did not move: its samples are where they were.
  expect(await crosses()).toBe(crosses0);

  await stepG.click();
  await expect(stepG).toHaveAttribute('data-count', String(g0 + 1), { timeout: 20_000 });
  expect(await count(stepD)).toBe(d0 + 1);
  await expect.poll(crosses, { timeout: 20_000 }).not.toBe(crosses0);

  // Slow motion: one D + G step at a time while paused, each shown.
  await page.getByTestId('gan-slow').click();
  await expect(page.getByTestId('gan-slow')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => count(stepG), { timeout: 20_000 }).toBeGreaterThanOrEqual(g0 + 3);
  await page.getByTestId('gan-slow').click();
  await expect(page.getByTestId('gan-slow')).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('stop-button').click();
  await waitForStatus(page, 'done', 60_000);
});
