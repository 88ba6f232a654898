// One request of a simulated device, timed end to end, and the percentiles of such timings.
import { Agent, request as httpRequest } from 'node:http';

export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

export interface Answer {
  status: number;
  ms: number;
  body: string;
}

/** One request on the caller's own agent (its own kept-alive connection), timed end to end. */
export function call(
  agent: Agent,
  port: number,
  method: 'GET' | 'POST',
  path: string,
  token?: string,
  body?: unknown,
): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const began = performance.now();
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        agent,
        host: '127.0.0.1',
        port,
        method,
        path,
        timeout: 60_000,
        headers: {
          ...(payload ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - began,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', () => resolve({ status: 0, ms: performance.now() - began, body: '' }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) =>
      resolve({ status: 0, ms: performance.now() - began, body: error.message }),
    );
    req.end(payload);
  });
}

/** A kept-alive connection of one caller's own, let go before the server's keep-alive timeout
 * (10 s) closes it, so a request never races the server's close of the connection it is sent on. */
export const ownConnection = () => new Agent({ keepAlive: true, maxSockets: 1, timeout: 8_000 });
