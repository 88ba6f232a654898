// Builds the one HTTP server: the sync API under /api and the built PWA for everything else.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerFactory,
  type FastifyServerOptions,
} from 'fastify';
import { tokenOfDisabledAccount, userForToken } from './auth/sessions.ts';
import type { Timeouts } from './config.ts';
import type { AppDeps } from './deps.ts';
import { toProblem } from './http/errors.ts';
import { jsonDepth, MAX_JSON_DEPTH } from './http/json-depth.ts';
import { Metrics, registerMetrics } from './http/metrics.ts';
import { HttpProblem } from './http/problem.ts';
import { safeError } from './http/safe-error.ts';
import { registerStatic } from './http/static.ts';
import { accountRoutes } from './routes/accounts.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { conflictRoutes } from './routes/conflicts.ts';
import { fileRoutes } from './routes/files.ts';
import { healthRoutes } from './routes/health.ts';
import { setupRoutes } from './routes/setup.ts';
import { syncRoutes } from './routes/sync.ts';
import { unitRoutes } from './routes/units.ts';

export interface BuildOptions {
  /** Certificate and key for HTTPS. */
  https?: { cert: Buffer; key: Buffer };
}

export async function buildApp(
  deps: AppDeps,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const { config } = deps;
  const logger: NonNullable<FastifyServerOptions['logger']> = deps.logger ?? {
    level: config.logLevel,
    serializers: { err: safeError },
  };
  const app = Fastify({
    logger,
    // One server factory for HTTP and HTTPS, so the app has one type and the timeouts are checked
    // often enough to matter (Node checks them every 30 s by default).
    serverFactory: serverFactory(config.timeouts, options.https),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    // A slow client cannot hold a connection: headers, the whole request and idle sockets have limits.
    connectionTimeout: config.timeouts.idleMs,
    keepAliveTimeout: config.timeouts.keepAliveMs,
    requestTimeout: config.timeouts.requestMs,
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      void reply
        .status(400)
        .type('application/problem+json')
        .send(new HttpProblem(400, 'Địa chỉ không hợp lệ', error.message).toJSON());
    },
  });
  app.server.maxConnections = config.maxConnections;

  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error);
    if (problem.status === 503) {
      request.log.warn({ err: error }, 'unavailable');
      void reply.header('retry-after', '5');
    } else if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    void reply.status(problem.status).type('application/problem+json').send(problem.toJSON());
  });

  // JSON as Fastify reads it (prototype poisoning refused), after a depth check that needs no stack.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonDepth(text) > MAX_JSON_DEPTH) {
      done(
        new HttpProblem(400, 'JSON lồng nhau quá sâu', `nesting deeper than ${MAX_JSON_DEPTH}`),
        undefined,
      );
      return;
    }
    void parseJson(request, text, done);
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
    // Sent below, and only over HTTPS (directly or through a trusted proxy).
    hsts: false,
  });
  app.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https')
      void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  });
  app.decorate('metrics', new Metrics(deps.db));
  registerMetrics(app, app.metrics, config.metricsToken);
  await app.register(compress, { global: true, encodings: ['br', 'gzip'], threshold: 512 });

  await app.register(
    async (api) => {
      // Decided on the route that matched, whatever the spelling of the URL that reached it:
      // every API route needs a session unless it says it is public.
      api.addHook('onRequest', async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        if (request.routeOptions.config.public === true) return;
        const header = request.headers.authorization;
        const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : '';
        if (!token || token.length > 100) throw unauthorized();
        const session = await userForToken(deps.db.orm, token, config.sessionDays);
        if (!session) {
          // A disabled account's device is told so: its unsent work is kept and can be handed over.
          if (await tokenOfDisabledAccount(deps.db.orm, token))
            throw new HttpProblem(
              401,
              'Tài khoản đã bị khóa',
              'this account was disabled',
              undefined,
              'urn:ddte:account-disabled',
            );
          throw unauthorized();
        }
        // A one-time password opens only the way to choose a new one.
        if (session.user.mustChangePassword && request.routeOptions.config.passwordChange !== true)
          throw new HttpProblem(
            403,
            'Cần đổi mật khẩu trước khi tiếp tục',
            'this session may only change its password',
            undefined,
            'urn:ddte:password-change-required',
          );
        request.viewer = {
          id: session.user.id,
          role: session.user.role,
          unitCode: session.user.unitCode,
        };
        request.token = token;
      });
      await api.register(healthRoutes, deps);
      await api.register(authRoutes, deps);
      await api.register(syncRoutes, deps);
      await api.register(setupRoutes, deps);
      await api.register(accountRoutes, deps);
      await api.register(unitRoutes, deps);
      await api.register(conflictRoutes, deps);
      await api.register(auditRoutes, deps);
      await api.register(fileRoutes, deps);
    },
    { prefix: '/api' },
  );

  await registerStatic(app, config.staticDir, join(config.dataDir, 'asset-archive'));
  return app;
}

function serverFactory(
  timeouts: Timeouts,
  tls?: { cert: Buffer; key: Buffer },
): FastifyServerFactory {
  const limits = {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    connectionsCheckingInterval: Math.max(100, Math.min(5_000, timeouts.headersMs / 2)),
  };
  return (handler) =>
    tls ? createHttpsServer({ ...tls, ...limits }, handler) : createHttpServer(limits, handler);
}

function unauthorized() {
  return new HttpProblem(401, 'Chưa đăng nhập hoặc phiên đã hết hạn', 'sign in again to continue');
}
