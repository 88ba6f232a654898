// A server process of the chaos run: started on the run's database, killed and started again; an exit
// nobody asked for is counted as a crash (each one is a bug).
import { spawn, type ChildProcess } from 'node:child_process';

export const ADMIN_PASSWORD = 'chaos-quan-tri-mat-khau';

export class ServerProcess {
  private child: ChildProcess | null = null;
  private stopping = false;
  /** Exits nobody asked for: the server died of something (each one is a bug). */
  crashes = 0;
  constructor(
    readonly port: number,
    private readonly dataDir: string,
    private readonly databaseUrl: string,
  ) {}
  get url() {
    return `http://127.0.0.1:${this.port}`;
  }
  async start() {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        DATABASE_URL: this.databaseUrl,
        STATIC_DIR: '/nonexistent',
        ADMIN_PASSWORD,
        LOG_LEVEL: 'error',
      },
      // CHAOS_LOG=1 shows the servers' errors (a crash's cause).
      stdio: ['ignore', 'ignore', process.env['CHAOS_LOG'] ? 'inherit' : 'ignore'],
    });
    this.child = child;
    this.stopping = false;
    child.once('exit', () => {
      if (!this.stopping) this.crashes += 1;
    });
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      const up = await fetch(`${this.url}/api/health`).then(
        (response) => response.ok,
        () => false,
      );
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('server did not start');
  }
  async stop(signal: NodeJS.Signals) {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    this.stopping = true;
    child.kill(signal);
    await exited;
  }
}
