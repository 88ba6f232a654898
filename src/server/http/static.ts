// The built PWA: hashed assets cached for a year, everything else revalidated, the app shell for
// every other path, and problem+json for what is not a page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { archiveAssets, archivedName } from './asset-archive.ts';
import { HttpProblem } from './problem.ts';

export async function registerStatic(app: FastifyInstance, root: string, archiveDir: string) {
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
    const problem = (status: number, title: string, detail: string) =>
      reply
        .status(status)
        .type('application/problem+json')
        .send(new HttpProblem(status, title, detail).toJSON());
    // An absolute-form or otherwise odd request target names no page of this server.
    if (!request.url.startsWith('/'))
      return problem(400, 'Địa chỉ không hợp lệ', 'bad request target');
    const url = request.url.split('?')[0] ?? '';
    let path: string;
    try {
      path = decodeURIComponent(url);
    } catch {
      return problem(400, 'Địa chỉ không hợp lệ', 'bad percent-encoding');
    }
    if (/^\/+api(\/|$)/i.test(path) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return problem(404, 'Không tìm thấy', `${request.method} ${url} does not exist`);
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
