import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { dragThresholdRight, expect, metricValue, mnistScored, test, waitForStatus, workTimeout } from './fixtures';

/** What a person reads off a finished run: the metrics, the threshold and where it sits. */
async function shownRun(page: Page) {
  return {
    auroc: await metricValue(page, 'auroc'),
    auprc: await metricValue(page, 'auprc'),
    recall: await metricValue(page, 'recall'),
    threshold: await page.getByTestId('threshold-value').textContent(),
  };
}

/** Clicks Save with a name; returns the path of the downloaded project file. */
async function saveAs(page: Page, name: string): Promise<string> {
  await page.getByTestId('model-name').fill(name);
  const download = page.waitForEvent('download');
  await page.getByTestId('save-model').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.anomaly-lab\.json$/);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** An Isolation Forest on the Penguins sample, Adelie normal, trained to the end. */
async function trainPenguinForest(page: Page): Promise<void> {
  await page.goto('./?dataset=csv&backend=wasm&model=iforest&trees=50');
  await page.getByTestId('csv-input').setInputFiles('public/samples/penguins.csv');
  await page.getByTestId('label-column').selectOption('Species');
  await page.getByTestId('normal-label').selectOption(['Adelie']);
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', trainSamples: 344, scoredSamples: 344 }));
}

const epochs = 2;
const limit = 512;
const denseRun = workTimeout({ backend: 'wasm', trainSamples: epochs * limit, scoredSamples: mnistScored });

test('an MNIST autoencoder saved, reopened after a reload from My models and from its file, scores identically', async ({
  page,
}) => {
  await page.goto(`./?backend=wasm&epochs=${epochs}&limit=${limit}`);
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  await expect(page.getByTestId('save-model')).toBeDisabled();
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done', denseRun);
  // A threshold placed by hand is part of what is saved.
  await dragThresholdRight(page);
  const trained = await shownRun(page);
  expect(trained.auroc).toBeGreaterThan(0.8);
  const file = await saveAs(page, 'digit one, dense');
  const entries = page.getByTestId('models-list').getByTestId('model-entry');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('digit one, dense');
  await expect(entries.first()).toContainText('dense autoencoder');

  // A reload loses the run, not the saved model.
  await page.reload();
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  await expect(page.getByTestId('metric-auroc')).toHaveCount(0);
  await expect(entries).toHaveCount(1);
  await entries.first().getByTestId('open-model').click();
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', scoredSamples: mnistScored }));
  await expect(page.getByTestId('project-opened')).toHaveAttribute('data-max-difference', '0');
  expect(await shownRun(page)).toEqual(trained);
  // The curves came back with it, and the reconstructions were made anew.
  await expect(page.getByTestId('loss-chart')).toBeVisible();
  await expect(page.getByTestId('epoch-progress')).toHaveAttribute('value', String(epochs));
  await expect(page.getByTestId('sample-grid').locator('canvas')).toHaveCount(8 * 3);

  // From the downloaded file, on a fresh page.
  await page.reload();
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  await page.getByTestId('open-model-file').setInputFiles(file);
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', scoredSamples: mnistScored }));
  await expect(page.getByTestId('project-opened')).toHaveAttribute('data-max-difference', '0');
  expect(await shownRun(page)).toEqual(trained);

  // A truncated download and a file that is not a project: a message, and the run on screen stays.
  const text = readFileSync(file, 'utf8');
  const truncated = test.info().outputPath('truncated.anomaly-lab.json');
  writeFileSync(truncated, text.slice(0, Math.floor(text.length * 0.6)));
  await page.getByTestId('open-model-file').setInputFiles(truncated);
  await expect(page.getByTestId('error-message')).toContainText('incomplete or damaged');
  expect(await shownRun(page)).toEqual(trained);
  await page.getByTestId('open-model-file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello":"world"}'),
  });
  await expect(page.getByTestId('error-message')).toContainText('not an anomaly lab project');
  expect(await shownRun(page)).toEqual(trained);

  // Rename, then delete: the list follows.
  await entries.first().getByTestId('rename-model').click();
  await page.getByTestId('rename-input').fill('ones');
  await page.getByTestId('rename-input').press('Enter');
  await expect(entries.first().locator('.model-title')).toHaveText('ones');
  await entries.first().getByTestId('delete-model').click();
  await expect(page.getByTestId('model-entry')).toHaveCount(0);
});

test('a classical detector on a CSV: saved, opened without its file scores new files, then reopens identically', async ({
  page,
}) => {
  await trainPenguinForest(page);
  const trained = await shownRun(page);
  expect(trained.auroc).toBeGreaterThan(0.8);
  // A mark in the ranked table travels with the project.
  const firstRow = page.getByTestId('anomaly-table').getByTestId('anomaly-row').first();
  const markedRow = await firstRow.getAttribute('data-row');
  const topScore = await firstRow.getAttribute('data-score');
  await firstRow.getByTestId('feedback-anomaly').click();
  await expect(page.getByTestId('feedback-count')).toHaveAttribute('data-value', '1');
  await saveAs(page, 'penguins forest');

  await page.reload();
  const entry = page.getByTestId('model-entry').filter({ hasText: 'penguins forest' });
  await expect(entry).toContainText('penguins.csv');
  // The rows stay with the analyst: opened without them, the model says which file it was trained on
  // and scores new files with its saved preprocessing (the training file itself scores as in training).
  await entry.getByTestId('open-model').click();
  const modelOnly = page.getByTestId('model-only');
  await expect(modelOnly).toContainText('trained on penguins.csv (344 rows)');
  await expect(modelOnly).toContainText(`AUROC ${trained.auroc!.toFixed(3)}`);
  await expect(page.getByTestId('model-only-threshold')).toHaveText(Number(trained.threshold).toPrecision(4));
  await page.getByTestId('score-file').setInputFiles('public/samples/penguins.csv');
  await page.getByTestId('score-file-continue').click();
  await expect(page.getByTestId('scored-file')).toHaveAttribute('data-rows', '344');
  await expect(page.getByTestId('scored-row').first()).toHaveAttribute('data-row', markedRow!);
  await expect(page.getByTestId('scored-row').first()).toHaveAttribute('data-score', topScore!);
  await page.getByTestId('csv-input').setInputFiles('public/samples/penguins.csv');
  await expect(page.getByTestId('model-only')).toHaveCount(0);
  await expect(page.getByTestId('column-table')).toBeVisible();
  await entry.getByTestId('open-model').click();
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', scoredSamples: 344 }));
  await expect(page.getByTestId('project-opened')).toHaveAttribute('data-max-difference', '0');
  expect(await shownRun(page)).toEqual(trained);
  // The saved column plan came back with it: the label column and the normal class.
  await expect(page.getByTestId('label-column').locator('option:checked')).toHaveText('Species');
  await expect(page.getByTestId('count-test-anomalous')).toHaveText('192');
  await expect(page.getByTestId('feedback-count')).toHaveAttribute('data-value', '1');
  const reopenedRow = page.getByTestId('anomaly-table').locator(`[data-testid=anomaly-row][data-row="${markedRow}"]`);
  await expect(reopenedRow.getByTestId('feedback-anomaly')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('anomaly-table').getByTestId('anomaly-row').first()).toBeVisible();
});

test('a new CSV scored with the trained model: column check, streamed scores, top rows and export', async ({
  page,
}) => {
  await trainPenguinForest(page);
  const original = readFileSync('public/samples/penguins.csv', 'utf8');

  // The same file again: one value of Sex (".") appears only in test rows, so the training data never had it;
  // said, then scored on request, every row as in training (the top row agrees with the ranked table).
  await page.getByTestId('score-file').setInputFiles('public/samples/penguins.csv');
  const problems = page.getByTestId('schema-problems').getByTestId('schema-problem');
  await expect(problems).toHaveCount(1);
  await expect(problems).toHaveAttribute('data-kind', 'new-category');
  await expect(problems).toContainText('"Sex"');
  await page.getByTestId('score-file-continue').click();
  const scored = page.getByTestId('scored-file');
  await expect(scored).toHaveAttribute('data-rows', '344');
  await expect(page.getByTestId('schema-problems')).toHaveCount(0);
  const topNew = page.getByTestId('scored-row').first();
  const topTrained = page.getByTestId('anomaly-table').getByTestId('anomaly-row').first();
  await expect(topNew).toHaveAttribute('data-row', (await topTrained.getAttribute('data-row'))!);
  expect(Number(await topNew.getAttribute('data-score'))).toBe(Number(await topTrained.getAttribute('data-score')));
  const flagged = Number(await scored.getAttribute('data-flagged'));
  expect(flagged).toBeGreaterThan(0);
  expect(flagged).toBeLessThan(344);

  // A month later: an island never seen and an extra column. Both are safe; scoring goes on when asked.
  const lines = original.trim().split('\n');
  const later = [
    `${lines[0]},Observer`,
    ...lines.slice(1, 41).map((l, i) => `${i === 0 ? l.replace('Torgersen', 'Atlantis') : l},ana`),
  ].join('\n');
  await page
    .getByTestId('score-file')
    .setInputFiles({ name: 'later.csv', mimeType: 'text/csv', buffer: Buffer.from(later) });
  await expect(problems.filter({ hasText: 'Atlantis' })).toHaveAttribute('data-kind', 'new-category');
  await expect(problems.filter({ hasText: 'Observer' })).toHaveAttribute('data-kind', 'extra-column');
  await page.getByTestId('score-file-continue').click();
  await expect(scored).toHaveAttribute('data-rows', '40');
  await expect(page.getByTestId('scored-histogram').locator('rect').first()).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByTestId('score-file-export').click();
  const exported = readFileSync(await (await download).path(), 'utf8')
    .trim()
    .split(/\r?\n/);
  expect(exported[0]).toBe(`${lines[0]},Observer,score,is_anomaly`);
  expect(exported).toHaveLength(41);
  expect(exported[1]).toContain('Atlantis');
  expect(exported.slice(1).every((l) => /,\d[^,]*,[01]$/.test(l))).toBe(true);

  // A file without a column the model reads: said, and nothing to continue with; the last result stays.
  const noBeak = lines
    .map((l) =>
      l
        .split(',')
        .filter((_, i) => i !== 2)
        .join(','),
    )
    .join('\n');
  await page
    .getByTestId('score-file')
    .setInputFiles({ name: 'nobeak.csv', mimeType: 'text/csv', buffer: Buffer.from(noBeak) });
  await expect(problems.filter({ hasText: 'Beak Length (mm)' })).toHaveAttribute('data-safe', 'false');
  await expect(page.getByTestId('score-file-continue')).toHaveCount(0);
  await expect(scored).toHaveAttribute('data-rows', '40');
});

test('export for deployment: the zip scores the same rows in Node as the lab did, and an autoencoder brings model.json', async ({
  page,
}) => {
  await trainPenguinForest(page);
  const download = page.waitForEvent('download');
  await page.getByTestId('export-tfjs').click();
  const zip = unzipSync(readFileSync(await (await download).path()));
  expect(Object.keys(zip).sort()).toEqual([
    'README.md',
    'anomaly-scorer.mjs',
    'model.anomaly-lab.json',
    'preprocessing.json',
  ]);
  // Unpacked next to the project's node_modules (for @tensorflow/tfjs), then used as the README says.
  const folder = test.info().outputPath('export');
  mkdirSync(folder, { recursive: true });
  for (const [name, bytes] of Object.entries(zip)) writeFileSync(`${folder}/${name}`, bytes);
  const { loadScorer } = await import(pathToFileURL(`${folder}/anomaly-scorer.mjs`).href);
  const scorer = await loadScorer(readFileSync(`${folder}/model.anomaly-lab.json`, 'utf8'));
  const records = Papa.parse<Record<string, string>>(readFileSync('public/samples/penguins.csv', 'utf8').trim(), {
    header: true,
  }).data;
  const scores: Float32Array = await scorer.score(records);
  const top = page.getByTestId('anomaly-table').getByTestId('anomaly-row').first();
  const row = Number(await top.getAttribute('data-row'));
  expect(scores[row - 1]).toBe(Number(await top.getAttribute('data-score')));
  expect(Math.max(...scores)).toBe(scores[row - 1]);
  scorer.dispose();

  // An autoencoder on MNIST: its TensorFlow.js model comes along.
  await page.goto('./?backend=wasm&epochs=1&limit=256');
  await waitForStatus(page, 'idle', workTimeout({ backend: 'wasm' }));
  await page.getByTestId('train-button').click();
  await waitForStatus(page, 'done', workTimeout({ backend: 'wasm', trainSamples: 256, scoredSamples: mnistScored }));
  const second = page.waitForEvent('download');
  await page.getByTestId('export-tfjs').click();
  const files = unzipSync(readFileSync(await (await second).path()));
  const modelJson = JSON.parse(strFromU8(files['model.json']));
  expect(modelJson.format).toBe('layers-model');
  const bytes = modelJson.weightsManifest[0].weights.reduce(
    (n: number, w: { shape: number[] }) => n + 4 * w.shape.reduce((a, b) => a * b, 1),
    0,
  );
  expect(files['weights.bin'].length).toBe(bytes);
  expect(strFromU8(files['README.md'])).toContain('tensorflowjs_converter');
});
