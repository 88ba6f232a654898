// The embedded database behind a worker thread (pglite-worker.mjs), reached through the same `pg`
// driver as PostgreSQL: the driver's socket is replaced by a stream whose bytes cross to the worker.
// The server's event loop then only moves bytes; PGlite's work runs beside it.
import { execFile } from 'node:child_process';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { Duplex } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';

type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'data'; bytes: Uint8Array }
  | { type: 'error'; message: string }
  | { type: 'closed' };

/** The duck-typed socket `pg` drives: it connects at once and carries protocol bytes both ways. */
class WorkerSocket extends Duplex {
  constructor(private readonly send: (bytes: Uint8Array<ArrayBuffer>) => void) {
    super();
  }
  connect(): this {
    queueMicrotask(() => this.emit('connect'));
    return this;
  }
  setNoDelay(): this {
    return this;
  }
  setKeepAlive(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
  private pending: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error) => void) {
    // Terminate ('X', length 4) would end PGlite's only session: a closing connection just goes.
    const terminate = chunk.length === 5 && chunk[0] === 0x58 && chunk.readInt32BE(1) === 4;
    if (!terminate) {
      // `pg` writes a query's messages (parse, bind, execute, sync) one by one in the same tick:
      // they cross to the worker together, as one batch, instead of one crossing each.
      if (this.pending.length === 0) queueMicrotask(() => this.flush());
      this.pending.push(chunk);
    }
    done();
  }
  private flush() {
    // A copy the worker can own: `pg` may reuse its buffers after the write.
    const bytes = Uint8Array.from(Buffer.concat(this.pending));
    this.pending = [];
    this.send(bytes);
  }
  override _read() {
    // Bytes are pushed as the worker answers.
  }
  override _final(done: () => void) {
    done();
    queueMicrotask(() => this.destroy());
  }
}

export interface PgliteThread {
  /** A new socket for the `pg` driver (one at a time: the pool holds a single connection). */
  socket(): Duplex;
  close(): Promise<void>;
}

/** A folder PostgreSQL has not been set up in yet is set up by a process of its own, which exits. */
async function createIfNew(dataDir: string): Promise<void> {
  const exists = await access(join(dataDir, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (exists) return;
  const script = fileURLToPath(new URL('./pglite-create.mjs', import.meta.url));
  await promisify(execFile)(process.execPath, [script, dataDir]);
}

export async function startPgliteThread(dataDir: string): Promise<PgliteThread> {
  await createIfNew(dataDir);
  const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
    workerData: { dataDir },
  });
  let current: WorkerSocket | null = null;
  let closed: (() => void) | null = null;
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: FromWorker) => {
      if (message.type === 'ready') resolve();
      else reject(new Error(message.type === 'failed' ? message.message : 'PGlite did not start'));
    });
  });
  worker.on('message', (message: FromWorker) => {
    if (message.type === 'data') current?.push(Buffer.from(message.bytes));
    else if (message.type === 'error') current?.destroy(new Error(message.message));
    else if (message.type === 'closed') closed?.();
  });
  // A crashed worker ends every query in flight with its error instead of leaving them waiting.
  worker.on('error', (error) => current?.destroy(error));
  worker.on('exit', () => {
    current?.destroy(new Error('the embedded database stopped'));
    closed?.();
  });
  return {
    socket() {
      current?.destroy();
      worker.postMessage({ type: 'reset' });
      const socket = new WorkerSocket((bytes) =>
        worker.postMessage({ type: 'data', bytes }, [bytes.buffer]),
      );
      current = socket;
      return socket;
    },
    async close() {
      const done = new Promise<void>((resolve) => (closed = resolve));
      worker.postMessage({ type: 'close' });
      await done;
      await worker.terminate();
    },
  };
}
