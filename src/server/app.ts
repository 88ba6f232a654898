// Builds the one HTTP server: the sync API under /api and the built PWA for everything else.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { LoginLimiter } from './auth/login-limiter.ts';
import { userForToken } from './auth/sessions.ts';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { isDatabaseUnavailable } from './db/unavailable.ts';
import { archiveAssets, archivedName } from './http/asset-archive.ts';
import { HttpProblem } from './http/problem.ts';
import { adminRoutes } from './routes/admin.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { conflictRoutes } from './routes/conflicts.ts';
import { healthRoutes } from './routes/health.ts';
import { syncRoutes } from './routes/sync.ts';
import type { Viewer } from './sync/scope.ts';

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer;
    token: string;
  }
}

export interface AppDeps {
  db: Database;
  config: Config;
  limiter?: LoginLimiter;
  logger?: FastifyServerOptions['logger'];
}

const PUBLIC_API = new Set(['/api/health', '/api/auth/login']);

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: deps.logger ?? { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    return503OnClosing: true,
  });

  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    if (problem.status === 503) {
      request.log.warn({ err: error }, 'database unavailable');
      void reply.header('retry-after', '5');
    } else if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    void reply.status(problem.status).type('application/problem+json').send(problem.toJSON());
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // Same-origin only; the PWA loads nothing from elsewhere.
    crossOriginEmbedderPolicy: false,
    hsts: false,
  });
  await app.register(compress, { global: true, encodings: ['br', 'gzip'], threshold: 512 });

  app.addHook('onRequest', async (request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    if (!url.startsWith('/api/')) return;
    void reply.header('cache-control', 'no-store');
    if (PUBLIC_API.has(url)) return;
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!token || token.length > 100) throw unauthorized();
    const session = await userForToken(deps.db.orm, token, config.sessionDays);
    if (!session) throw unauthorized();
    request.viewer = {
      id: session.user.id,
      role: session.user.role,
      unitCode: session.user.unitCode,
    };
    request.token = token;
  });

  const limiter = deps.limiter ?? new LoginLimiter();
  await app.register(
    async (api) => {
      await api.register(healthRoutes, deps);
      await api.register(authRoutes, { ...deps, limiter });
      await api.register(syncRoutes, deps);
      await api.register(adminRoutes, deps);
      await api.register(conflictRoutes, deps);
      await api.register(auditRoutes, deps);
    },
    { prefix: '/api' },
  );

  await registerStatic(app, config.staticDir, join(config.dataDir, 'asset-archive'));
  return app;
}

function unauthorized() {
  return new HttpProblem(401, 'Chưa đăng nhập hoặc phiên đã hết hạn', 'sign in again to continue');
}

async function registerStatic(app: FastifyInstance, root: string, archiveDir: string) {
  const hasBuild = existsSync(join(root, 'index.html'));
  const archive = hasBuild ? await archiveAssets(root, archiveDir) : null;
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      cacheControl: false,
      setHeaders(res, path) {
        // Hashed assets never change; everything else must be revalidated so updates reach phones.
        res.setHeader(
          'cache-control',
          path.includes(join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    if (
      url.startsWith('/api/') ||
      url === '/api' ||
      (request.method !== 'GET' && request.method !== 'HEAD')
    ) {
      return reply
        .status(404)
        .type('application/problem+json')
        .send(
          new HttpProblem(
            404,
            'Không tìm thấy',
            `${request.method} ${url} does not exist`,
          ).toJSON(),
        );
    }
    const archived = archivedName(url);
    if (archive && archived && existsSync(join(archive, archived))) {
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .sendFile(archived, archive);
    }
    // A missing script must not be answered with the app shell's HTML.
    if (url.startsWith('/assets/')) {
      return reply.status(404).type('text/plain').send('Not found');
    }
    if (!hasBuild) {
      return reply
        .status(503)
        .type('text/plain')
        .send('The app is not built yet: run `npm run build`.');
    }
    // Single-page app: every other path is the app shell.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  const e = (error ?? {}) as FastifyLikeError;
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpProblem(413, 'Dữ liệu gửi lên quá lớn', 'split the data into smaller batches');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpProblem(415, 'Kiểu dữ liệu không được hỗ trợ', 'send application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HttpProblem(400, 'JSON không hợp lệ', e.message);
  }
  if (error instanceof SyntaxError || (e.statusCode === 400 && e.message)) {
    return new HttpProblem(400, 'Yêu cầu không hợp lệ', e.message);
  }
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return new HttpProblem(e.statusCode, 'Yêu cầu không hợp lệ', e.message);
  }
  if (isDatabaseUnavailable(error)) {
    return new HttpProblem(
      503,
      'Máy chủ tạm thời không truy cập được cơ sở dữ liệu',
      'the database is restarting or unreachable; nothing was lost, try again shortly',
    );
  }
  return new HttpProblem(
    500,
    'Lỗi máy chủ',
    'the server could not complete the request; try again',
  );
}
