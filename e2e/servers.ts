import { spawn, type ChildProcess } from 'node:child_process';

/** Whether anything answers at `url` now. */
const answers = (url: string): Promise<boolean> =>
  fetch(url).then(
    () => true,
    () => false,
  );

/**
 * Starts a server for dist/ and waits until `url` answers (at most 30 s). It starts as the leader of
 * a process group of its own: a launcher (`npx`) serves through a child, and stopServer ends both.
 */
export async function startServer(
  command: string,
  args: string[],
  url: string,
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  const server = spawn(command, args, { stdio: 'ignore', detached: true, env: { ...process.env, ...env } });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (await answers(url)) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  signalGroup(server, 'SIGKILL');
  throw new Error(`${command} ${args.join(' ')} did not serve ${url} within 30 s`);
}

function signalGroup(server: ChildProcess, signal: NodeJS.Signals): void {
  try {
    // A negative pid names the whole process group: `npx` and the `vite` it started.
    process.kill(-server.pid!, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Stops a server started by startServer with its whole process group, and throws unless nothing
 * answers at `url` afterwards: a server left listening takes the port from the next `npm test`.
 */
export async function stopServer(server: ChildProcess, url: string): Promise<void> {
  signalGroup(server, 'SIGTERM');
  for (let waited = 0; waited < 10_000; waited += 200) {
    if (!(await answers(url))) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  signalGroup(server, 'SIGKILL');
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (await answers(url)) throw new Error(`a server still answers at ${url} after it was stopped`);
}
