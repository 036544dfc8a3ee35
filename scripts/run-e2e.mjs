// Runs the Playwright e2e suite against the built dist/, after finding (or installing) Chromium.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const found = spawnSync(process.execPath, ['scripts/find-browser.mjs', '--install'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (found.status !== 0) process.exit(found.status ?? 1);
const chromium = found.stdout.trim().split('\n').pop();
if (!existsSync('dist/index.html')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(run.status ?? 1);
