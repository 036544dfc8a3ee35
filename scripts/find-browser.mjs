// Finds a Chromium for the e2e tests and the benchmark: an explicit env var, Playwright's own
// download, or the system's. With --install, installs Debian's chromium when none is found and
// we are root (Playwright cannot download its browser on machines without general internet).
import { existsSync } from 'node:fs';
import { execFileSync, execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export async function findChromium() {
  for (const name of ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH']) {
    if (process.env[name] && existsSync(process.env[name])) return process.env[name];
  }
  try {
    const { chromium } = await import('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // playwright-core missing or no browser of its own: try the system's.
  }
  return systemCandidates.find((path) => existsSync(path)) ?? null;
}

function installChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.error('find-browser: no Chromium found; installing Debian chromium with apt-get…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    return;
  }
  console.error('find-browser: no Chromium found; trying `npx playwright install chromium`…');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let path = await findChromium();
  if (!path && process.argv.includes('--install')) {
    installChromium();
    path = await findChromium();
  }
  if (!path) {
    console.error('find-browser: no Chromium available. Set CHROMIUM_PATH to a Chromium or Chrome binary.');
    process.exit(1);
  }
  console.log(path);
}
