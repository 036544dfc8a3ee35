// Every benchmark run writes a new results file and never touches an older one: the name carries
// the UTC date and time and the commit measured, and the file records what a reader needs to judge
// the figures (machine, browser, backend, engine options, every run). See bench/README.md,
// "How figures are made".
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const git = (args) => {
  try {
    return execSync(`git ${args}`, { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return '';
  }
};

/** The commit measured, short; "+dirty" when the working tree had changes (the figures then belong to no commit). */
function measuredCommit() {
  const commit = git('rev-parse --short HEAD') || 'nocommit';
  return git('status --porcelain --untracked-files=no') ? `${commit}+dirty` : commit;
}

// Taken when the benchmark starts: a run can outlast a checkout, and the code measured is the code
// that was there when it began (a stamp taken at the end once named a later commit).
const started = new Date();
const startCommit = measuredCommit();

/** `2026-12-07T142233-abc1234`: the run's start time and commit, the start of its results file names. */
export function resultsStamp() {
  return `${started.toISOString().slice(0, 19).replace(/:/g, '')}-${startCommit.replace('+', '-')}`;
}

/** The machine, in the words a results file keeps: CPU model, cores, memory, OS, Node. */
export function machineRecord() {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown CPU',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    gpu: 'none (WebGPU and WebGL run on SwiftShader, the software renderer)',
  };
}

/** The browser a run used, from Playwright's handle: name and version. */
export const browserRecord = (browser) =>
  browser ? { name: 'Chromium (headless)', version: browser.version() } : null;

/**
 * Writes bench/results/<stamp>-<kind>.json (and .md when given) and refuses to overwrite: a
 * second run in the same second gets its own name. Returns the JSON file's path.
 */
export function writeResults(kind, report, markdown) {
  mkdirSync('bench/results', { recursive: true });
  const stamp = resultsStamp();
  for (let attempt = 0; ; attempt += 1) {
    const base = `bench/results/${stamp}${attempt ? `-${attempt}` : ''}-${kind}`;
    try {
      const record = {
        stamp,
        commit: startCommit,
        started: started.toISOString(),
        finished: new Date().toISOString(),
        command: process.argv.slice(2).join(' '),
        ...report,
      };
      writeFileSync(`${base}.json`, `${JSON.stringify(record, null, 1)}\n`, { flag: 'wx' });
      if (markdown !== undefined) writeFileSync(`${base}.md`, markdown, { flag: 'wx' });
      console.log(`wrote ${base}.json${markdown !== undefined ? ' and .md' : ''}`);
      return `${base}.json`;
    } catch (error) {
      if (error.code !== 'EEXIST' || attempt > 20) throw error;
    }
  }
}
