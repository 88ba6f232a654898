import { describe, expect, it } from 'vitest';
import { pushResponseSchema } from '../../shared/protocol.ts';
import { createApi } from './api.ts';

/** A server that answers every call with this body. */
function replying(body: string, status = 200, type = 'application/json') {
  return createApi({
    getToken: () => 'token',
    fetch: () => Promise.resolve(new Response(body, { status, headers: { 'content-type': type } })),
  });
}

describe('answers are parsed with the shared schemas', () => {
  it('hands the caller an answer of the agreed shape', async () => {
    const api = replying(JSON.stringify({ lastMutationId: 4, rejected: [] }));
    await expect(api.post('/api/sync/push', {}, pushResponseSchema)).resolves.toEqual({
      lastMutationId: 4,
      rejected: [],
    });
  });

  it('refuses an answer of another shape as a fault of the server, to be retried later', async () => {
    // An older server, or something between the phone and the server, answering 200 with other JSON.
    const api = replying(JSON.stringify({ lastMutationId: '4', rejected: null }));
    await expect(api.post('/api/sync/push', {}, pushResponseSchema)).rejects.toMatchObject({
      kind: 'server',
      problem: { type: 'urn:ddte:unexpected-reply' },
    });
  });

  it('treats a body cut off on the way as a dropped connection', async () => {
    const api = replying('{"lastMutationId": 4, "rej');
    await expect(api.post('/api/sync/push', {}, pushResponseSchema)).rejects.toMatchObject({
      kind: 'offline',
    });
  });

  it('reads the problem of a refusal, and ignores an error body that is not one', async () => {
    const problem = { type: 'urn:ddte:invalid', title: 'Dữ liệu không hợp lệ', status: 422 };
    await expect(
      replying(JSON.stringify(problem), 422, 'application/problem+json').post('/x', {}),
    ).rejects.toMatchObject({ kind: 'rejected', problem });
    const proxyPage = replying('<html>Bad gateway</html>', 502, 'text/html');
    await expect(proxyPage.post('/x', {})).rejects.toMatchObject({
      kind: 'server',
      problem: undefined,
    });
  });
});
