// `npm start`: the sync server and the built PWA on one port.
import { loadConfig } from './config.ts';
import { StartupError } from './db/client.ts';
import { startServer } from './start.ts';

async function main() {
  const began = performance.now();
  const config = loadConfig();
  const server = await startServer(config);
  const { app } = server;
  if (server.generatedAdminPassword) {
    // Printed once, on the first start only: the hash is all that is kept.
    console.log(
      `\n  Tài khoản quản trị / admin account: admin\n  Mật khẩu / password: ${server.generatedAdminPassword}\n  (chỉ hiện một lần / shown only once; set ADMIN_PASSWORD to choose it)\n`,
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
    console.error('Cannot start:', error);
  }
  process.exit(1);
});
