// `npm test`: type-check, lint, the quoted figures, unit tests, build, e2e tests. Runs every stage even when one
// fails, then prints the stages apart, and last one line "N passed, N failed, N skipped" of the
// tests (also written to .test-summary for CI): skipped and todo tests are counted, never hidden,
// and a stage that fails (a type error, a failed build) counts as a failure too. With
// TEST_RECORD=1 it also writes bench/results/<stamp>-test-suite.json (stage times and counts), the
// file the README's test budget quotes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { machineRecord, writeResults } from './results-file.mjs';

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
/** Each stage that is a check rather than tests (typecheck, lint, ...) and whether it passed. */
const stageChecks = [];

/** Each stage's name and wall time in seconds. */
const stageTimes = [];
const suiteStarted = Date.now();

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  stageTimes.push({ stage: title.split(' (')[0], seconds: (Date.now() - started) / 1000 });
  return result.status === 0;
}

function countCheck(title, ok) {
  stageChecks.push(`${title} ${ok ? 'ok' : 'FAILED'}`);
  if (!ok) {
    failed += 1;
    failures.push(title);
  }
}

/** Titles of the tests Playwright marked flaky, from its JSON report. */
function flakyTitles(report) {
  const titles = [];
  const visit = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? [])
        if (t.status === 'flaky') titles.push(`${spec.file}:${spec.line} ${[...path, spec.title].join(' > ')}`);
    }
    for (const child of suite.suites ?? []) visit(child, [...path, child.title].filter(Boolean));
  };
  for (const suite of report.suites ?? []) visit(suite, []);
  return titles;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

countCheck('typecheck', run('typecheck', 'npx', ['tsc', '--noEmit']));
countCheck('lint', run('lint', 'npx', ['eslint', '.', '--max-warnings=0']));
countCheck('format', run('format (npm run format fixes it)', 'npx', ['prettier', '--check', '.']));
// Every marked figure of README.md and bench/README.md against its committed results file.
countCheck('figures', run('figures (npm run check-figures)', 'node', ['scripts/check-figures.mjs']));

// The lab's WASM kernels the unit tests load (npm install builds them; up to date, this is a no-op).
countCheck('WASM kernels', run('WASM kernels', 'node', ['scripts/build-kernels.mjs']));
rmSync('.unit-results.json', { force: true });
const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=.unit-results.json',
]);
const unit = readJson('.unit-results.json');
const counts = {};
if (unit) {
  counts.unit = { files: unit.testResults.length, tests: unit.numTotalTests };
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + unit.numTodoTests;
  if (unit.numFailedTests > 0 || !unitOk) failures.push('unit tests');
  if (!unitOk && unit.numFailedTests === 0) failed += 1; // a suite that failed to load
} else countCheck('unit tests', false);

const buildOk = run('build', 'npm', ['run', 'build']);
countCheck('build', buildOk);

if (buildOk) {
  rmSync('.e2e-results.json', { force: true });
  const e2eOk = run('e2e tests', process.execPath, ['scripts/run-e2e.mjs']);
  const e2e = existsSync('.e2e-results.json') ? readJson('.e2e-results.json') : null;
  if (e2e) {
    counts.e2e = { tests: e2e.stats.expected + e2e.stats.unexpected + e2e.stats.flaky + e2e.stats.skipped };
    // A test that passed only on its retry is flaky: reported by name and counted as failed.
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + e2e.stats.flaky;
    skipped += e2e.stats.skipped;
    for (const title of flakyTitles(e2e)) console.log(`FLAKY (failed, then passed on retry): ${title}`);
    if (e2e.stats.unexpected > 0 || e2e.stats.flaky > 0 || !e2eOk) failures.push('e2e tests');
    if (!e2eOk && e2e.stats.unexpected === 0) failed += 1;
  } else countCheck('e2e tests', false);
}

const summary = `${passed} passed, ${failed} failed, ${skipped} skipped`;
writeFileSync('.test-summary', `${summary}\n`);
console.log(`\nStage times: ${stageTimes.map((t) => `${t.stage} ${t.seconds.toFixed(0)} s`).join(', ')}`);
console.log(`Stage checks (not counted as tests; a failed one counts as a failure): ${stageChecks.join(', ')}`);
if (skipped) console.log(`${skipped} test(s) skipped or todo: see the unit and e2e reports above.`);
if (failures.length) console.log(`\nFailed stages: ${failures.join(', ')}`);
console.log(summary);
if (process.env.TEST_RECORD) {
  const totalSeconds = (Date.now() - suiteStarted) / 1000;
  writeResults('test-suite', { machine: machineRecord(), stageTimes, totalSeconds, counts, passed, failed, skipped });
}
process.exit(failed > 0 ? 1 : 0);
