import { spawn, type ChildProcess } from 'node:child_process';

/** Starts a server for dist/ and waits until `url` answers (at most 30 s). */
export async function startServer(
  command: string,
  args: string[],
  url: string,
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  const server = spawn(command, args, { stdio: 'ignore', env: { ...process.env, ...env } });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`${command} ${args.join(' ')} did not serve ${url} within 30 s`);
}
