// A proxy between the devices and the real server that misbehaves on purpose, from a seeded random
// source: it drops requests, drops responses after the server has committed, sends requests twice,
// and delays them (which reorders requests of different devices). Given several upstreams (server
// instances on one database), it sends each request to one of them at random, as a load balancer
// without sticky sessions would.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultRates {
  dropRequest: number;
  dropResponse: number;
  duplicate: number;
  delay: number;
  maxDelayMs: number;
}

export interface FaultCounts {
  forwarded: number;
  droppedRequests: number;
  droppedResponses: number;
  duplicated: number;
  delayed: number;
  upstreamDown: number;
  /** Answers 503 from the server (its database unreachable): retried by the devices. */
  unavailable: number;
  /** Answers 500 or other 5xx from the server itself: each one is a bug. */
  serverErrors: number;
}

export interface FaultProxy {
  url: string;
  counts: FaultCounts;
  /** Faults on or off (off: a healed network, every request forwarded once). */
  setFaults(on: boolean): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFaultProxy(
  upstreams: readonly string[],
  rates: FaultRates,
  random: () => number,
): Promise<FaultProxy> {
  let faults = true;
  const counts: FaultCounts = {
    forwarded: 0,
    droppedRequests: 0,
    droppedResponses: 0,
    duplicated: 0,
    delayed: 0,
    upstreamDown: 0,
    unavailable: 0,
    serverErrors: 0,
  };
  const pickUpstream = () =>
    upstreams[Math.floor(random() * upstreams.length)] ?? upstreams[0] ?? '';
  const forward = async (request: IncomingMessage, payload: Buffer) => {
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'authorization']) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const response = await fetch(`${pickUpstream()}${request.url ?? '/'}`, {
      method: request.method ?? 'GET',
      headers,
      // Bytes as they came: a file's pieces are not text.
      ...(payload.length > 0 ? { body: new Uint8Array(payload) } : {}),
    });
    if (response.status === 503) counts.unavailable += 1;
    else if (response.status >= 500) counts.serverErrors += 1;
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: Buffer.from(await response.arrayBuffer()),
    };
  };
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const payload = await body(request);
    if (faults && random() < rates.delay) {
      counts.delayed += 1;
      await sleep(random() * rates.maxDelayMs);
    }
    if (faults && random() < rates.dropRequest) {
      counts.droppedRequests += 1;
      request.socket.destroy();
      return;
    }
    let answer: Awaited<ReturnType<typeof forward>>;
    try {
      answer = await forward(request, payload);
      counts.forwarded += 1;
      if (faults && random() < rates.duplicate) {
        counts.duplicated += 1;
        answer = await forward(request, payload);
      }
    } catch {
      counts.upstreamDown += 1;
      response.writeHead(502, { 'content-type': 'text/plain' }).end('upstream down');
      return;
    }
    if (faults && random() < rates.dropResponse) {
      // The server has done the work; the device never hears of it.
      counts.droppedResponses += 1;
      request.socket.destroy();
      return;
    }
    response.writeHead(answer.status, answer.type ? { 'content-type': answer.type } : {});
    response.end(answer.text);
  };
  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => request.socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    setFaults: (on) => {
      faults = on;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
