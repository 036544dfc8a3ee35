import { expect, metricValue, mnistScored, test, waitForStatus, workTimeout } from './fixtures';

/** What a newcomer meets in the first hour: truthful settings, shareable operating points, small screens. */

test('the Penguins sample opens with its documented label, and the model panel shows the sizes that will run', async ({
  page,
}) => {
  await page.goto('./?dataset=csv&backend=wasm');
  await page.getByTestId('sample-penguins').click();
  await expect(page.getByTestId('label-column')).toHaveValue('Species');
  await expect(page.getByTestId('normal-label')).toHaveValues(['Adelie']);
  await expect(page.getByTestId('count-test-anomalous')).toHaveText('192');
  // Species is the label, not a feature.
  await expect(page.getByTestId('column-row-0')).toContainText('label (not a feature)');
  await expect(page.getByTestId('column-include-0')).not.toBeChecked();

  // Sized for the table, marked as such, and what the run really uses.
  const epochs = page.getByTestId('config-epochs');
  await expect(page.getByTestId('sized-epochs')).toBeVisible();
  await expect(page.getByTestId('sized-latent')).toBeVisible();
  const sizedEpochs = Number(await epochs.inputValue());
  expect(sizedEpochs).not.toBe(50); // not the MNIST default
  // A small table's sized run is short: let it finish and check it ran the epochs shown.
  await page.getByTestId('train-button').click();
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: sizedEpochs * 344, scoredSamples: 344 }),
  );
  await expect(page.getByTestId('train-status')).toContainText(`epoch ${sizedEpochs}/${sizedEpochs}`);

  // Editable as usual: a typed value replaces the sized one and runs.
  await epochs.fill('5');
  await epochs.press('Enter');
  await expect(page.getByTestId('sized-epochs')).toHaveCount(0);
  await expect(page).toHaveURL(/epochs=5/);
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', trainSamples: 5 * 344, scoredSamples: 344 }));
  await expect(page.getByTestId('train-status')).toContainText('epoch 5/5');
});

test('the threshold and its method are in the URL, and a reload lands on the same operating point', async ({
  page,
}) => {
  const limit = 200;
  const done = workTimeout({ backend: 'wasm', trainSamples: 2 * limit, scoredSamples: mnistScored });
  await page.goto(`./?backend=wasm&epochs=2&limit=${limit}&autostart=1`);
  await waitForStatus(page, 'done', done);
  const value = page.getByTestId('threshold-value');
  await expect(value).toHaveAttribute('data-method', 'meanstd');
  const defaultShown = await value.textContent();

  await page.getByTestId('threshold-slider').focus();
  for (let i = 0; i < 40; i += 1) await page.keyboard.press('ArrowRight');
  await expect(value).not.toHaveText(defaultShown!);
  await expect(value).toHaveAttribute('data-method', 'manual');
  const chosen = {
    shown: await value.textContent(),
    recall: await metricValue(page, 'recall'),
    precision: await metricValue(page, 'precision'),
  };
  // The URL follows once the hand rests: the full-precision value behind the four digits shown.
  const inUrl = () => {
    const query = new URL(page.url()).searchParams;
    return query.get('thresholdmethod') === 'manual' ? Number(query.get('threshold')).toPrecision(4) : null;
  };
  await expect.poll(inUrl).toBe(chosen.shown);

  await page.reload();
  await waitForStatus(page, 'done', done);
  await expect(value).toHaveText(chosen.shown!);
  await expect(value).toHaveAttribute('data-method', 'manual');
  expect(await metricValue(page, 'recall')).toBe(chosen.recall);
  expect(await metricValue(page, 'precision')).toBe(chosen.precision);

  // A method is shared the same way: its name and its parameter.
  await page.getByTestId('threshold-p').fill('90');
  await page.getByTestId('threshold-percentile').click();
  await expect(page).toHaveURL(/thresholdmethod=percentile/);
  await expect(page).toHaveURL(/thresholdp=90/);
  const percentileShown = await value.textContent();
  await page.reload();
  await waitForStatus(page, 'done', done);
  await expect(value).toHaveAttribute('data-method', 'percentile');
  await expect(value).toHaveText(percentileShown!);
});

test('a GAN that learned from the test digits gets no detection metrics, only the reason', async ({ page }) => {
  const steps = 20;
  await page.goto(
    `./?model=mlp-gan&backend=wasm&gandata=all&steps=${steps}&snapshot=10&encsteps=0&scorer=disc&autostart=1`,
  );
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: steps * 4 * 64, scoredSamples: mnistScored }),
  );
  await expect(page.getByTestId('metrics-refused')).toContainText('trained on the test items');
  await expect(page.getByTestId('metric-auroc')).toHaveAttribute('data-value', '');
  await expect(page.getByTestId('roc-curve')).toHaveCount(0);
  await expect(page.getByTestId('threshold-bestf1')).toHaveCount(0);
  await expect(page.getByTestId('detector-unavailable')).toContainText('not reported');
  // The scores themselves stay visible: the histogram still ranks the digits.
  await expect(page.getByTestId('error-histogram').locator('rect').first()).toBeAttached();
});

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  async function expectNoSideScroll(page: import('@playwright/test').Page): Promise<void> {
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll, 'page wider than the screen').toBeLessThanOrEqual(client);
  }

  async function expectInside(page: import('@playwright/test').Page, testId: string): Promise<void> {
    const boxes = await page
      .getByTestId(testId)
      .locator('canvas, svg')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(boxes.length).toBeGreaterThan(0);
    expect(Math.max(...boxes), `${testId} cut off`).toBeLessThanOrEqual(360);
  }

  test('every panel fits: digits, table and GAN views', async ({ page }) => {
    const limit = 200;
    await page.goto(`./?backend=wasm&epochs=1&limit=${limit}&autostart=1`);
    await waitForStatus(
      page,
      'done',
      workTimeout({ backend: 'wasm', trainSamples: limit, scoredSamples: mnistScored }),
    );
    await expectNoSideScroll(page);
    await expectInside(page, 'sample-grid');
    const roc = (await page.getByTestId('roc-curve').boundingBox())!;
    expect(roc.width).toBeGreaterThan(250);

    await page.getByTestId('dataset-csv').click();
    await page.getByTestId('sample-penguins').click();
    await expect(page.getByTestId('column-table')).toBeVisible();
    const picker = (await page.getByTestId('csv-input').boundingBox())!;
    const zone = (await page.getByTestId('drop-zone').boundingBox())!;
    expect(picker.x + picker.width).toBeLessThanOrEqual(zone.x + zone.width);
    await page.getByTestId('config-epochs').fill('3');
    await page.getByTestId('config-epochs').press('Enter');
    await page.getByTestId('train-button').click();
    await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', trainSamples: 3 * 344, scoredSamples: 344 }));
    await expect(page.getByTestId('anomaly-row').first()).toBeVisible();
    await expectNoSideScroll(page);

    await page.goto('./?model=mlp-gan&backend=wasm&steps=2&snapshot=1&encsteps=0&autostart=1');
    await waitForStatus(
      page,
      'done',
      workTimeout({ backend: 'wasm', trainSamples: 2 * 4 * 64, scoredSamples: mnistScored }),
    );
    await expectNoSideScroll(page);
    await expectInside(page, 'sample-grid');

    // Fashion-MNIST's named classes and a VAE's decoded grids fit too.
    await page.goto(`./?dataset=fashion&model=vae&latent=2&backend=wasm&epochs=1&limit=${limit}&autostart=1`);
    await waitForStatus(
      page,
      'done',
      workTimeout({ backend: 'wasm', trainSamples: 2 * limit, scoredSamples: 8 * mnistScored }),
    );
    await expect(page.getByTestId('manifold-grid')).toHaveAttribute('data-count', '100');
    await expectNoSideScroll(page);
    for (const id of ['sample-grid', 'prior-grid', 'manifold-grid']) await expectInside(page, id);
    const classRights = await page
      .getByTestId('normal-digits')
      .locator('label')
      .evaluateAll((labels) => labels.map((l) => l.getBoundingClientRect().right));
    expect(classRights).toHaveLength(10);
    expect(Math.max(...classRights), 'class buttons cut off').toBeLessThanOrEqual(360);
  });
});
