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
}

export interface ApiOptions {
  baseUrl?: string;
  getToken: () => string | undefined;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export function createApi(options: ApiOptions): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const token = options.getToken();
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl ?? ''}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
    } catch {
      throw new ApiError('offline', 0);
    }
    if (response.ok)
      return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
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
  return {
    post: (path, body) => call('POST', path, body),
    patch: (path, body) => call('PATCH', path, body),
    get: (path) => call('GET', path),
  };
}
