import { expect, metricValue, mnistScored, test, waitForStatus, workTimeout } from './fixtures';

test('a label budget on MNIST: labelled 7s never tested, Deep SAD reports AUROC on known and unknown classes', async ({
  page,
}) => {
  const limit = 600;
  const epochs = 3;
  const base = `./?backend=wasm&model=deep-sad&limit=${limit}&epochs=${epochs}`;
  await page.goto(base);
  const budget = page.getByTestId('label-budget');
  await expect(budget).toHaveAttribute('data-labelled', '0');
  const anomalousWithout = Number(await page.getByTestId('count-test-anomalous').textContent());
  expect(anomalousWithout).toBeGreaterThan(8000);

  await page.goto(`${base}&labelled=20&known=7`);
  await expect(budget).toHaveAttribute('data-labelled', '20');
  await expect(budget).toHaveAttribute('data-known', '7');
  // The 20 labelled anomalies left the test set: nothing a detector learned a label of is scored.
  await expect(page.getByTestId('count-test-anomalous')).toHaveText(String(anomalousWithout - 20));
  await expect(page.getByTestId('count-train')).toHaveText(String(limit));

  await page.getByTestId('train-button').click();
  // A small convolutional network: about as costly per item as the convolutional autoencoder.
  await waitForStatus(
    page,
    'done',
    workTimeout({ backend: 'wasm', trainSamples: 30 * epochs * limit, scoredSamples: 30 * mnistScored }),
  );
  await expect(page.getByTestId('error-message')).toHaveCount(0);
  const known = await metricValue(page, 'auroc-known');
  const unknown = await metricValue(page, 'auroc-unknown');
  const all = await metricValue(page, 'auroc');
  for (const value of [known, unknown, all]) expect(value).toBeGreaterThan(0.5);
  expect(known).not.toBeCloseTo(unknown, 4);
  // Every anomaly is of a known or an unknown class: the AUROC on all of them is their weighted mean.
  expect(all).toBeGreaterThanOrEqual(Math.min(known, unknown) - 1e-6);
  expect(all).toBeLessThanOrEqual(Math.max(known, unknown) + 1e-6);
  // The link keeps the budget.
  expect(page.url()).toContain('labelled=20');
  expect(page.url()).toContain('known=7');
});

test('a supervised classifier on a labelled table refuses without labels, then learns from 20 of them', async ({
  page,
}) => {
  await page.goto('./?dataset=csv&model=classifier&backend=wasm');
  await page.getByTestId('sample-penguins').click();
  await expect(page.getByTestId('count-test-anomalous')).toHaveText('192');
  await page.getByTestId('train-button').click();
  await expect(page.getByTestId('error-message')).toContainText('labelled anomalies');
  await expect(page.getByTestId('train-status')).toHaveAttribute('data-status', 'idle');

  // The user gives a budget and carries on: the table stays loaded.
  await page.getByTestId('config-labelled').fill('20');
  await page.getByTestId('config-labelled').press('Enter');
  await expect(page.getByTestId('label-budget')).toHaveAttribute('data-labelled', '20');
  await expect(page.getByTestId('count-test-anomalous')).toHaveText('172');
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', trainSamples: 20 * 400, scoredSamples: 400 }));
  await expect(page.getByTestId('error-message')).toHaveCount(0);
  const auroc = await metricValue(page, 'auroc');
  // Species differ in their measurements: 20 labelled examples of the others are plenty.
  expect(auroc).toBeGreaterThan(0.95);
  // A table's label column has one anomalous kind: every tested anomaly is of a known kind.
  expect(await metricValue(page, 'auroc-known')).toBeCloseTo(auroc, 6);
  expect(await metricValue(page, 'auroc-unknown')).toBeNaN();
});

test('the label queue takes 10 marks, and Retrain with labels adds real retrains to the learning curve', async ({
  page,
}) => {
  const limit = 600;
  const epochs = 3;
  await page.goto(`./?backend=wasm&model=deep-sad&limit=${limit}&epochs=${epochs}&labelled=10&autostart=1`);
  const run = workTimeout({ backend: 'wasm', trainSamples: 30 * epochs * limit, scoredSamples: 30 * mnistScored });
  await waitForStatus(page, 'done', run);
  const queue = page.getByTestId('label-queue');
  await expect(queue).toHaveAttribute('data-strategy', 'top');
  await expect(queue.getByTestId('label-queue-item')).toHaveCount(10);
  const asked: string[] = [];
  for (let n = 0; n < 10; n += 1) {
    const item = queue.getByTestId('label-queue-item').first();
    const position = (await item.getAttribute('data-item'))!;
    // A person reads the digit: anything but a 1 is an anomaly here.
    const label = await item.getAttribute('data-label');
    await item.getByTestId(label === '1' ? 'feedback-normal' : 'feedback-anomaly').click();
    // The marked item leaves the queue; another takes its place.
    await expect(queue.locator(`[data-item="${position}"]`)).toHaveCount(0);
    await expect(queue.getByTestId('label-queue-item')).toHaveCount(10);
    asked.push(position);
  }
  expect(new Set(asked).size).toBe(10);
  await expect(page.getByTestId('feedback-count')).toHaveAttribute('data-value', '10');
  await expect(page.getByTestId('learning-curve')).toHaveCount(0);

  await page.getByTestId('retrain-with-labels').click();
  // Two retrains: one on 10 random labels (the baseline), then one on the 10 marks.
  const curve = page.getByTestId('learning-curve');
  await expect(curve).toHaveAttribute('data-points', '3', { timeout: 2 * run });
  await waitForStatus(page, 'done', run);
  await expect(curve.locator('circle[data-strategy=start]')).toHaveAttribute('data-labels', '10');
  for (const strategy of ['random', 'active']) {
    await expect(curve.locator(`circle[data-strategy=${strategy}]`)).toHaveAttribute('data-labels', '20');
    const auroc = Number(await curve.locator(`circle[data-strategy=${strategy}]`).getAttribute('data-auroc'));
    expect(auroc).toBeGreaterThan(0.5);
  }
  // The ten marked test items trained the detector: they left its test set.
  await expect(page.getByTestId('metrics-left-out')).toHaveAttribute('data-count', '10');
  await expect(page.getByTestId('feedback-comparison')).toHaveAttribute('data-moved', '10');
  await expect(page.getByTestId('error-message')).toHaveCount(0);

  // A detector that ignores labels is told why it cannot retrain with them (the marks stay).
  await page.getByTestId('config-model').selectOption('deep-svdd');
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done', run);
  await expect(page.getByTestId('feedback-count')).toHaveAttribute('data-value', '10');
  await page.getByTestId('retrain-with-labels').click();
  await expect(page.getByTestId('error-message')).toContainText('learns from them');
});

test('a search of 6 trials judged on validation data, and its best settings applied to the link', async ({ page }) => {
  const limit = 300;
  const testLimit = 1000;
  await page.goto(
    `./?backend=wasm&model=deep-sad&limit=${limit}&testlimit=${testLimit}&labelled=10&searchbudget=6&pretrained=0`,
  );
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  await page.getByTestId('search-start').click();
  // Six trials of at most 30 epochs each, a convolutional network on 270 fit items.
  const trial = workTimeout({ backend: 'wasm', trainSamples: 30 * 30 * limit, scoredSamples: 30 * testLimit });
  await expect(page.getByTestId('search-status')).toHaveAttribute('data-status', 'done', { timeout: 6 * trial });
  const rows = page.getByTestId('search-trial');
  await expect(rows).toHaveCount(6);
  const values = await rows.evaluateAll((all) => all.map((r) => Number(r.getAttribute('data-value'))));
  for (const row of await rows.all()) await expect(row).toHaveAttribute('data-criterion', 'validation-auroc');
  for (const value of values) expect(value).toBeGreaterThan(0);
  // Sorted by the criterion, best first: the row marked best is at the top.
  await page.getByTestId('search-sort-value').click();
  const sorted = await rows.evaluateAll((all) => all.map((r) => Number(r.getAttribute('data-value'))));
  expect(sorted).toEqual([...values].sort((a, b) => b - a));
  await expect(rows.first()).toHaveAttribute('aria-current', 'true');
  const bestSettings = (await rows.first().locator('td').nth(1).textContent())!;
  const lr = /lr=([\d.e-]+)/.exec(bestSettings)![1];

  const before = page.url();
  await page.getByTestId('search-apply').click();
  await expect(page.getByTestId('config-lr')).toHaveValue(lr);
  expect(page.url()).not.toBe(before);
  expect(new URL(page.url()).searchParams.get('lr')).toBe(lr);
});
