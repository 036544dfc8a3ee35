// Shared by the benchmark runners: build, serve and open the benchmark page in headless Chromium.
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { findChromium } from './find-browser.mjs';
import { browserRecord } from './results-file.mjs';

export const chromiumArgs = [
  '--enable-unsafe-webgpu',
  '--enable-features=Vulkan',
  '--use-vulkan=swiftshader',
  '--use-angle=swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function buildOrExit(args) {
  const result = spawnSync('npx', ['vite', 'build', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Serves a folder at a sub-path, cross-origin isolated unless `isolated` is false (a plain static host). */
export async function serve(port, subpath, folder, isolated = true) {
  const server = spawn(process.execPath, ['scripts/serve-static.mjs', String(port), subpath, folder], {
    stdio: 'ignore',
    env: { ...process.env, ISOLATION: isolated ? 'on' : 'off' },
  });
  await new Promise((resolve) => setTimeout(resolve, 700));
  return server;
}

export async function launch() {
  const executablePath = await findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH (see scripts/find-browser.mjs).');
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/** A fresh benchmark page with `window.bench` ready, its console echoed on errors. */
export async function openBenchPage(browser, url) {
  const page = await browser.newPage();
  // Each distinct error once: a known one repeating per kernel call must not bury the results.
  const seen = new Set();
  page.on('pageerror', (error) => {
    if (seen.has(error.message)) return;
    seen.add(error.message);
    console.error('bench page error:', error.message);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]');
  return page;
}

export const arg = (name, fallback) => {
  const given = process.argv.find((a) => a.startsWith(`--${name}=`));
  return given ? given.slice(name.length + 3) : fallback;
};

/** One line describing the machine a benchmark ran on. */
export const machineDescription = () =>
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, no GPU (SwiftShader for WebGPU/WebGL)`;

/**
 * The browser as a results file records it: name and version, and the flags it was launched with
 * (they choose the renderers WebGPU and WebGL run on, so a figure depends on them).
 */
export const browserUsed = (browser) => ({ ...browserRecord(browser), flags: chromiumArgs });
