// A server process a benchmark starts: spawned, waited for until it answers /api/health, stopped
// with SIGTERM, and never left behind when the benchmark ends, fails or is interrupted.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts `node [nodeArgs] --import tsx src/server/main.ts` with `env`; resolves once it is healthy. */
export async function startServerProcess(
  port: number,
  env: Record<string, string>,
  nodeArgs: string[] = [],
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('the server exited');
    const up = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not start');
}

export async function stopServerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Peak resident memory (VmHWM) and CPU seconds used by a process so far. */
export function processUse(pid: number | undefined): { rssMb: number; cpuSeconds: number } {
  if (!pid) return { rssMb: 0, cpuSeconds: 0 };
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  // utime and stime are fields 14 and 15 of /proc/pid/stat, in clock ticks (100 per second here).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  return { rssMb: Math.round(kb / 1024), cpuSeconds: Math.round(ticks) / 100 };
}
