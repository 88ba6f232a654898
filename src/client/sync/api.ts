// HTTP calls to the sync server. A failed request is the truth about the network: navigator.onLine
// can say "online" with no route to the server, so callers rely on these errors instead.
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

export interface ApiClient {
  post<T>(path: string, body: unknown): Promise<T>;
  patch<T>(path: string, body: unknown): Promise<T>;
  get<T>(path: string): Promise<T>;
  /** Sends raw bytes (a piece of a file); the answer is JSON. */
  putBytes<T>(path: string, bytes: Uint8Array<ArrayBuffer>): Promise<T>;
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
    let problem: Problem | undefined;
    try {
      problem = (await response.json()) as Problem;
    } catch {
      problem = undefined;
    }
    if (response.status === 401) throw new ApiError('unauthorized', 401, problem);
    if (response.status === 413) throw new ApiError('too-large', 413, problem);
    // 502/503/504 from a proxy or a restarting server are the network's fault, not the data's.
    if (response.status >= 500 || response.status === 429) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      throw new ApiError('server', response.status, problem, retryAfterMs);
    }
    throw new ApiError('rejected', response.status, problem);
  };
  const call = async <T>(method: string, path: string, body: Body): Promise<T> => {
    const response = await send(method, path, body);
    try {
      return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
    } catch {
      // The body was cut off on the way: the same as a dropped connection.
      throw new ApiError('offline', 0);
    }
  };
  return {
    post: (path, json) => call('POST', path, { json }),
    patch: (path, json) => call('PATCH', path, { json }),
    get: (path) => call('GET', path, undefined),
    putBytes: (path, bytes) => call('PUT', path, { bytes }),
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
