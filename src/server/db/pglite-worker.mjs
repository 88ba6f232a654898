// The embedded database on a thread of its own, so its queries never block the server's event loop.
// It speaks the PostgreSQL wire protocol: the main thread's `pg` client writes protocol messages,
// PGlite answers them (execProtocolRaw), in order, one batch at a time.
// Plain JavaScript so that Node runs it as it is under tsx, vitest and the built server alike.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLITE_OPTIONS } from './pglite-options.mjs';

const port = parentPort;
if (!port) throw new Error('pglite-worker.mjs runs only as a worker thread');

let db;
try {
  db = await PGlite.create(workerData.dataDir, PGLITE_OPTIONS);
  port.postMessage({ type: 'ready' });
} catch (error) {
  port.postMessage({ type: 'failed', message: String(error) });
  process.exit(1);
}

// Messages are answered strictly in arrival order: the wire protocol is a conversation.
let queue = Promise.resolve();
port.on('message', (message) => {
  queue = queue.then(async () => {
    if (message.type === 'reset') {
      // A new connection must not inherit the last one's transaction or its prepared statements
      // (db/prepared.ts: the driver would prepare a name the session still holds), as with a real
      // server.
      await db.exec('ROLLBACK').catch(() => undefined);
      await db.exec('DEALLOCATE ALL').catch(() => undefined);
      return;
    }
    if (message.type === 'close') {
      await db.close();
      port.postMessage({ type: 'closed' });
      port.close();
      return;
    }
    try {
      const answer = await db.execProtocolRaw(message.bytes);
      port.postMessage({ type: 'data', bytes: answer }, [answer.buffer]);
    } catch (error) {
      port.postMessage({ type: 'error', message: String(error) });
    }
  });
});
