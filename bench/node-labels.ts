/**
 * `npm run bench:labels-tables` (scripts/bench-labels-tables.mjs runs this bundle): learning from
 * labels on the bundled Penguins table, each species normal in turn, through the lab's own session on
 * tfjs's WASM backend in Node: every detector at a label budget of 0, 1% and 5% of the training rows
 * (labelled anomalies from the label column's other species, never tested), AUROC on the test rows.
 * A table's label column has one anomalous kind, so there is no known / unknown split here.
 * Usage: node bench/node-labels-dist/node-labels.js --out=<file> [--seeds=42,43,44] [--percents=1,5]
 *   [--models=dense-ae,ecod,iforest,deep-svdd,deep-sad,classifier,kmeans-svm,goad]
 */
import { writeFileSync } from 'node:fs';
import { nodeMachine, nodeTensorflow } from './nodeBackend';
import { penguinsBySpecies } from './penguins';

const option = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

async function main() {
  const out = option('out', '');
  if (!out) throw new Error('--out=<file> is required');
  const seeds = option('seeds', '42,43,44').split(',').map(Number);
  const percents = option('percents', '1,5').split(',').map(Number);
  const models = option('models', 'dense-ae,ecod,iforest,deep-svdd,deep-sad,classifier,kmeans-svm,goad').split(',');
  const tf = await nodeTensorflow(option('backend', 'wasm'));
  const { defaultConfig } = await import('../src/core/config');
  const { defaultPlan } = await import('../src/core/data/csv/plan');
  const { auroc, buildScoreIndex } = await import('../src/core/detect/metrics');
  const { LabSession } = await import('../src/core/lab/session');
  const { buildTableRun } = await import('../src/core/lab/tableSet');
  const { tableRunConfig } = await import('../src/core/lab/tableSizing');
  type LabConfig = ReturnType<typeof defaultConfig>;

  const { table: penguins, labelColumn, species } = await penguinsBySpecies();
  const session = new LabSession();
  const rows: Record<string, unknown>[] = [];
  const ignore = () => {};
  for (const normal of species) {
    for (const seed of seeds) {
      const plan = { ...defaultPlan(penguins), labelColumn, normalValues: [normal] };
      const base = buildTableRun(penguins, plan, { ...defaultConfig(), seed }, `base-${normal}-${seed}`);
      for (const percent of [0, ...percents]) {
        const labelled = percent ? Math.max(1, Math.round((percent / 100) * base.prepared.counts.train)) : 0;
        const key = `penguins-${normal}-${seed}-${labelled}`;
        const run = buildTableRun(penguins, plan, { ...defaultConfig(), seed, labelled }, key);
        session.setTrainingSet(key, () => run.set);
        for (const model of models) {
          const own = { ...defaultConfig(model as LabConfig['model']), seed, labelled } as LabConfig;
          // A table sizes a network as the lab does (tableSizing.ts) where the detector's spec lets it.
          const config = tableRunConfig(own, run.set.featureCount, run.prepared.counts.fit);
          let scores: Float32Array | null = null;
          const started = performance.now();
          try {
            await session.train(config, {
              onStepLosses: ignore,
              onEpoch: ignore,
              onSamples: ignore,
              onScores: (s) => void (scores = s.testScores),
            });
          } catch (error) {
            // A detector that needs labels refuses the budget-free split: recorded as such.
            rows.push({ normal, seed, percent, labelled, model, refused: String(error) });
            continue;
          } finally {
            await session.reset();
          }
          const value = auroc(buildScoreIndex(scores!, run.set.testIsAnomaly));
          rows.push({ normal, seed, percent, labelled, model, auroc: value, ms: performance.now() - started });
          console.log(
            `penguins ${normal} seed ${seed} ${percent}% (${labelled}): ${model} ${(value * 100).toFixed(1)}`,
          );
        }
      }
    }
  }
  session.dispose();
  writeFileSync(
    out,
    JSON.stringify({ machine: nodeMachine(), backend: tf.getBackend(), seeds, percents, models, species, rows }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
