// `npm start`: the sync server and the built PWA on one port.
import './v8-memory.ts';
import { loadConfig } from './config.ts';
import { StartupError } from './db/client.ts';
import { safeError } from './http/safe-error.ts';
import { startServer } from './start.ts';

async function main() {
  const began = performance.now();
  const config = loadConfig();
  const server = await startServer(config);
  const { app } = server;
  if (server.setupCode) {
    // Printed while no administrator exists: whoever holds this terminal creates the first one.
    console.log(
      `\n  Chưa có tài khoản quản trị. Mở ${server.url} và nhập mã thiết lập: ${server.setupCode}\n` +
        `  No administrator yet. Open ${server.url} and enter the set-up code: ${server.setupCode}\n`,
    );
  }
  app.log.info(
    {
      url: server.url,
      db: server.db.kind,
      dataDir: server.db.kind === 'pglite' ? config.dataDir : undefined,
      startMs: Math.round(performance.now() - began),
    },
    `Diễn đàn trẻ em: serving on ${server.url}`,
  );
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    // Never the raw error: a driver's message can carry a statement's parameters.
    console.error('Cannot start:', JSON.stringify(safeError(error)));
  }
  process.exit(1);
});
