import { expect, test, waitForStatus, workTimeout } from './fixtures';

/** 200 sensor rows, four of them with a spike in one column each (row number -> column). */
const planted: Record<number, string> = { 40: 'vibration', 90: 'pressure', 140: 'current_a', 190: 'temp_c' };
const header = ['temp_c', 'pressure', 'vibration', 'current_a'];

test('the ranked table and a row detail name the column behind a planted spike; "what if" moves it to its median', async ({
  page,
}) => {
  const epochs = 40;
  await page.goto(`./?dataset=csv&backend=wasm&epochs=${epochs}`);
  await page.getByTestId('drop-zone').evaluate(
    (zone, { planted, header }) => {
      let seed = 3;
      const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      const lines = [header.join(',')];
      for (let row = 1; row <= 200; row += 1) {
        const load = random() * 2 - 1;
        const values: Record<string, number> = {
          temp_c: 20 + 3 * load + random(),
          pressure: 100 + 4 * random(),
          vibration: 1 + 0.2 * random(),
          current_a: 5 + 2 * load + 0.3 * random(),
        };
        const spiked = planted[row];
        if (spiked) values[spiked] += { temp_c: 25, pressure: 30, vibration: 2, current_a: 12 }[spiked]!;
        lines.push(header.map((h) => values[h].toFixed(3)).join(','));
      }
      const data = new DataTransfer();
      data.items.add(new File([lines.join('\n')], 'sensors.csv', { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { planted, header },
  );
  await expect(page.getByTestId('table-summary')).toContainText('200 rows');
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', trainSamples: epochs * 200, scoredSamples: 400 }));

  // The four spikes rank first, and each one's "why" (its attribution) names its own column first.
  const rows = page.getByTestId('anomaly-table').getByTestId('anomaly-row');
  for (let i = 0; i < 4; i += 1) {
    const row = rows.nth(i);
    const number = Number(await row.getAttribute('data-row'));
    expect(Object.keys(planted).map(Number)).toContain(number);
    await expect(row.locator('.why.attributed')).toHaveText(new RegExp(`^${planted[number]} \\d+%`));
  }

  // The first row in detail: every column's attribution as a bar, the planted one the largest.
  await rows.first().getByTestId('row-details').click();
  const detail = page.getByTestId('row-explanation');
  await expect(detail).toBeVisible();
  const number = Number(await detail.getAttribute('data-row'));
  const values = await Promise.all(
    header.map(async (_, c) => Number(await detail.getByTestId(`attribution-${c}`).getAttribute('data-value'))),
  );
  const top = header[values.indexOf(Math.max(...values))];
  expect(top).toBe(planted[number]);
  expect(values.filter((v) => v > 0).length).toBeGreaterThan(0);
  // Beside each value, the training median and range of its column.
  await expect(detail).toContainText('[');

  // What if the spiked column held its training median? The edited row scores far lower, and its
  // attribution moves off that column.
  const whatIfScore = detail.getByTestId('whatif-score');
  await expect(whatIfScore).toHaveAttribute('data-edited', 'false');
  const original = Number(await whatIfScore.getAttribute('data-value'));
  const c = header.indexOf(top);
  const medianText = await detail.locator('tbody tr').nth(c).locator('td').nth(2).textContent();
  const median = medianText!.split(' [')[0];
  const cell = detail.locator(`[data-testid="whatif-cell"][data-column="${top}"]`);
  await cell.getByRole('spinbutton').fill(median);
  await expect(whatIfScore).toHaveAttribute('data-edited', 'true', { timeout: 20_000 });
  await expect(detail.getByText('scoring…')).toHaveCount(0, { timeout: 20_000 });
  const moved = Number(await whatIfScore.getAttribute('data-value'));
  expect(moved).toBeLessThan(original / 2);
  const editedShare = Number(await detail.getByTestId(`whatif-attribution-${c}`).getAttribute('data-value'));
  expect(editedShare).toBeLessThan(values[c] / 2);
  await expect(detail.getByTestId('whatif-verdict')).toHaveAttribute(
    'data-anomalous',
    String(moved > 0 && moved > Number(await page.getByTestId('threshold-value').textContent())),
  );
  // Back to the file's row: its own score again.
  await detail.getByTestId('whatif-reset').click();
  await expect(whatIfScore).toHaveAttribute('data-value', String(original));
});
