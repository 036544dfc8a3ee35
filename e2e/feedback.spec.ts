import { expect, metricValue, mnistScored, test, waitForStatus, workTimeout } from './fixtures';

/**
 * A contaminated training set (5% of other digits among the ones): the person looks at the training
 * digits the detector finds oddest, marks those that are not a 1, and retrains with that feedback.
 * k-NN is the detector: with another digit's twin in training, a test digit looks normal to it.
 */
const limit = 600;
const run = workTimeout({ backend: 'wasm', trainSamples: limit, scoredSamples: mnistScored, extraMs: 3000 });

test('feedback: marks, metrics on them, threshold from feedback, and a retrain that raises AUROC', async ({ page }) => {
  // Plain Euclidean k-NN (no image blur, no cosine): the view most fooled by a twin in training.
  await page.goto(`./?backend=wasm&model=knn&neighbors=1&metric=euclidean&blur=0&contamination=5&limit=${limit}`);
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done', run);
  const before = await metricValue(page, 'auroc');
  await expect(page.getByTestId('feedback-count')).toHaveAttribute('data-value', '0');
  await expect(page.getByTestId('retrain-with-feedback')).toBeDisabled();

  // Test digits: the top anomaly confirmed, and a normal one marked as such; a second press takes a mark off.
  const top = page.getByTestId('top-anomalies').getByTestId('gallery-item');
  await top.nth(0).getByTestId('feedback-anomaly').click();
  await top.nth(1).getByTestId('feedback-anomaly').click();
  await top.nth(1).getByTestId('feedback-anomaly').click();
  await expect(page.getByTestId('feedback-count')).toHaveAttribute('data-value', '1');
  await expect(top.nth(0).getByTestId('feedback-anomaly')).toHaveAttribute('aria-pressed', 'true');

  // The training digits it finds oddest: every one that is not a 1 is marked, as a person reading them would.
  await page.getByTestId('show-odd-training').click();
  const odd = page.getByTestId('odd-training').getByTestId('gallery-item');
  await expect(odd).toHaveCount(40);
  let marked = 0;
  for (const item of await odd.all()) {
    const digit = await item.getAttribute('data-label');
    await item.getByTestId(digit === '1' ? 'feedback-normal' : 'feedback-anomaly').click();
    if (digit !== '1') marked += 1;
  }
  expect(marked).toBeGreaterThan(5);
  await expect(page.getByTestId('feedback-count')).toHaveAttribute('data-value', String(41));
  const onMarks = Number(await page.getByTestId('feedback-metrics').getAttribute('data-auroc'));
  expect(onMarks).toBeGreaterThan(0);

  // The threshold that best separates the marked items: no worse on them than the one placed before, and manual now.
  const f1 = async () => Number(await page.getByTestId('feedback-metrics').getAttribute('data-f1'));
  const f1Before = await f1();
  await page.getByTestId('threshold-from-feedback').click();
  await expect(page.getByTestId('threshold-value')).toHaveAttribute('data-method', 'manual');
  await expect(page).toHaveURL(/thresholdmethod=manual/);
  expect(await f1()).toBeGreaterThanOrEqual(f1Before);
  expect(await f1()).toBeGreaterThan(0.5);

  // A test digit marked normal joins the training items: it leaves the test set of the run after.
  await top.nth(1).getByTestId('feedback-normal').click();
  await expect(page.getByTestId('feedback-count')).toHaveAttribute('data-value', '42');
  await expect(page.getByTestId('metrics-left-out')).toHaveCount(0);

  await page.getByTestId('retrain-with-feedback').click();
  await waitForStatus(page, 'done', run);
  const comparison = page.getByTestId('feedback-comparison');
  await expect(comparison).toHaveAttribute('data-auroc-after', /\d/);
  await expect(comparison).toHaveAttribute('data-moved', '1');
  await expect(page.getByTestId('metrics-left-out')).toHaveAttribute('data-count', '1');
  const after = Number(await comparison.getAttribute('data-auroc-after'));
  // Both columns without the moved digit: one digit of hundreds moves the AUROC shown before by < 0.005.
  expect(Number(await comparison.getAttribute('data-auroc-before'))).toBeCloseTo(before, 2);
  expect(after).toBeGreaterThan(before);
  expect(await metricValue(page, 'auroc')).toBeCloseTo(after, 6);
  // The marks stay with the split, and can be exported.
  await expect(page.getByTestId('feedback-count')).toHaveAttribute('data-value', '42');
  const download = page.waitForEvent('download');
  await page.getByTestId('feedback-export').click();
  expect((await (await download).path()) ?? '').not.toBe('');
});
