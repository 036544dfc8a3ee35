// `npm run build:pretrained`: trains the lab's pre-trained starting points in the built app, as a
// person would (a preset URL, Train, Save), and writes each project file to public/pretrained/ with
// an index.json naming the figures it reached. Seeded (seed 42) and re-runnable; the project files
// are committed, so a fresh clone does not need the minutes this takes.
// Usage: npm run build:pretrained [-- --only=dense-ae,mlp-gan]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { arg, launch, machineDescription, serve } from './bench-browser.mjs';

/** Each start: the detector it shows, the preset it is trained from, and the backend that trains it fastest here. */
const starts = [
  { id: 'dense-ae', dataset: 'mnist', model: 'dense-ae', query: 'backend=wasm' },
  { id: 'conv-ae', dataset: 'mnist', model: 'conv-ae', query: 'model=conv-ae&backend=wasm' },
  // A generator is shown for what it draws: trained on all ten digits (the classifier score needs them).
  {
    id: 'mlp-gan',
    dataset: 'mnist',
    model: 'mlp-gan',
    query: 'model=mlp-gan&gandata=all&steps=5000&snapshot=250&backend=wasm',
  },
  // On the lab's WASM convolution gradients the DCGAN draws recognisable digits after some 4,000 steps
  // (README, GAN studio figures).
  {
    id: 'dcgan',
    dataset: 'mnist',
    model: 'dcgan',
    query: 'model=dcgan&gandata=all&steps=4000&snapshot=100&encsteps=200&backend=wasm',
  },
];

const only = arg('only', '');
// Extra query fields for trying a recipe (e.g. --only=mlp-gan --extra=glr=0.0001): appended to the preset.
const extra = arg('extra', '');
const chosen = only ? starts.filter((s) => only.split(',').includes(s.id)) : starts;
const folder = 'public/pretrained';
mkdirSync(folder, { recursive: true });
const indexPath = `${folder}/index.json`;
let index;
try {
  index = JSON.parse(readFileSync(indexPath, 'utf8'));
} catch {
  index = { about: 'Written by scripts/build-pretrained.mjs: the starts the lab opens on a first visit.', starts: [] };
}

const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const port = 4398;
const server = await serve(port, 'lab', 'dist');
const browser = await launch();
try {
  for (const start of chosen) {
    const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
    page.on('pageerror', (error) => console.error(`${start.id}: page error ${error.message}`));
    const began = Date.now();
    const query = extra ? `${start.query}&${extra}` : start.query;
    await page.goto(`http://127.0.0.1:${port}/lab/?${query}&seed=42&pretrained=0&autostart=1`);
    await page.waitForSelector('[data-testid="train-status"][data-status="done"]', { timeout: 90 * 60_000 });
    const minutes = (Date.now() - began) / 60_000;
    const value = async (testId) => {
      const raw = await page.getByTestId(testId).first().getAttribute('data-value');
      return raw === null || raw === '' ? null : Number(raw);
    };
    const figures = {
      auroc: await value('metric-auroc'),
      classifierScore: (await page.getByTestId('classifier-score').count()) ? await value('classifier-score') : null,
    };
    await page.getByTestId('model-name').fill(`Pre-trained ${start.id}`);
    const download = page.waitForEvent('download');
    await page.getByTestId('save-model').click();
    const file = `${start.id}.anomaly-lab.json`;
    await (await download).saveAs(`${folder}/${file}`);
    const backend = (await page.getByTestId('backend-badge').textContent())?.trim();
    const entry = {
      ...start,
      query,
      file,
      backend,
      minutes: Number(minutes.toFixed(1)),
      ...figures,
      date: new Date().toISOString().slice(0, 10),
      machine: machineDescription(),
    };
    index.starts = [...index.starts.filter((s) => s.id !== start.id), entry].sort(
      (a, b) => starts.findIndex((s) => s.id === a.id) - starts.findIndex((s) => s.id === b.id),
    );
    writeFileSync(indexPath, `${JSON.stringify(index, null, 2)}\n`);
    console.log(
      `${start.id}: ${JSON.stringify(figures)} on ${backend} in ${minutes.toFixed(1)} min -> ${folder}/${file}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
