// HTTP calls to the sync server. A failed request is the truth about the network: navigator.onLine
// can say "online" with no route to the server, so callers rely on these errors instead.
import type { ZodMiniType } from 'zod/mini';
import { propertyOf } from '../../shared/property.ts';
import type { Problem } from '../../shared/protocol.ts';

export type ApiErrorKind = 'offline' | 'unauthorized' | 'rejected' | 'server' | 'too-large';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    readonly problem?: Problem,
    /** How long the server asked us to wait (Retry-After on 429 and 503). */
    readonly retryAfterMs?: number,
  ) {
    super(problem?.detail ?? problem?.title ?? kind);
  }
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The shared schema an answer is parsed with (src/shared/responses.ts, protocol.ts). Only the type
 * is imported here: the schema comes with the caller, so zod loads with the code that needs it.
 */
export type Reply<T> = ZodMiniType<T>;

export interface ApiClient {
  post<T>(path: string, body: unknown, reply: Reply<T>): Promise<T>;
  /** For an answer the device does not read: it only needs to know that the call succeeded. */
  post(path: string, body: unknown): Promise<unknown>;
  patch<T>(path: string, body: unknown, reply: Reply<T>): Promise<T>;
  get<T>(path: string, reply: Reply<T>): Promise<T>;
  /** Sends raw bytes (a piece of a file); the answer is JSON. */
  putBytes<T>(path: string, bytes: Uint8Array<ArrayBuffer>, reply: Reply<T>): Promise<T>;
  /** Reads raw bytes (a file). */
  getBytes(path: string): Promise<ArrayBuffer>;
}

type Body = { json: unknown } | { bytes: Uint8Array<ArrayBuffer> } | undefined;

function requestBody(body: Body): { body?: BodyInit; headers: Record<string, string> } {
  if (body === undefined) return { headers: {} };
  if ('bytes' in body)
    return { body: body.bytes, headers: { 'content-type': 'application/octet-stream' } };
  return { body: JSON.stringify(body.json), headers: { 'content-type': 'application/json' } };
}

export interface ApiOptions {
  baseUrl?: string;
  getToken: () => string | undefined;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export function createApi(options: ApiOptions): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const send = async (method: string, path: string, body: Body): Promise<Response> => {
    const token = options.getToken();
    const { headers, ...rest } = requestBody(body);
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl ?? ''}${path}`, {
        method,
        headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...rest,
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
    } catch {
      throw new ApiError('offline', 0);
    }
    if (response.ok) return response;
    const problem = await readProblem(response);
    if (response.status === 401) throw new ApiError('unauthorized', 401, problem);
    if (response.status === 413) throw new ApiError('too-large', 413, problem);
    // 502/503/504 from a proxy or a restarting server are the network's fault, not the data's.
    if (response.status >= 500 || response.status === 429) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      throw new ApiError('server', response.status, problem, retryAfterMs);
    }
    throw new ApiError('rejected', response.status, problem);
  };
  const read = async (method: string, path: string, body: Body) => {
    const response = await send(method, path, body);
    try {
      const json: unknown = response.status === 204 ? undefined : await response.json();
      return { json, status: response.status };
    } catch {
      // The body was cut off on the way: the same as a dropped connection.
      throw new ApiError('offline', 0);
    }
  };
  const call = async <T>(method: string, path: string, body: Body, reply: Reply<T>): Promise<T> => {
    const { json, status } = await read(method, path, body);
    const parsed = reply.safeParse(json);
    if (parsed.success) return parsed.data;
    // Another server, a proxy's page or a version this app does not know: nothing of it is stored,
    // and the sync backs off as for any fault of the server.
    throw new ApiError('server', status, {
      type: 'urn:ddte:unexpected-reply',
      title: 'Máy chủ trả lời không đúng dạng; hãy thử lại sau hoặc cập nhật ứng dụng',
      status,
    });
  };
  function post<T>(path: string, json: unknown, reply: Reply<T>): Promise<T>;
  function post(path: string, json: unknown): Promise<unknown>;
  async function post<T>(path: string, json: unknown, reply?: Reply<T>): Promise<unknown> {
    if (reply) return call('POST', path, { json }, reply);
    return (await read('POST', path, { json })).json;
  }
  return {
    post,
    patch: (path, json, reply) => call('PATCH', path, { json }, reply),
    get: (path, reply) => call('GET', path, undefined, reply),
    putBytes: (path, bytes, reply) => call('PUT', path, { bytes }, reply),
    getBytes: async (path) => {
      const response = await send('GET', path, undefined);
      try {
        return await response.arrayBuffer();
      } catch {
        throw new ApiError('offline', 0);
      }
    },
  };
}

/** The problem details of a failed answer, when it has them. */
async function readProblem(response: Response): Promise<Problem | undefined> {
  try {
    const body: unknown = await response.json();
    return isProblem(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

// Checked by hand, not with problemSchema: an error answer must not need zod's chunk to be read
// (sign-in errors are shown before any other code has loaded).
function isProblem(body: unknown): body is Problem {
  return (
    typeof propertyOf(body, 'type') === 'string' &&
    typeof propertyOf(body, 'title') === 'string' &&
    typeof propertyOf(body, 'status') === 'number'
  );
}
