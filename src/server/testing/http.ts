// Small HTTP helpers for tests and benchmarks that drive a server over the network.
import { createServer, type AddressInfo } from 'node:net';

/** POSTs JSON and returns the JSON answer; throws with the status and body on anything but 2xx. */
export async function postJson<T>(
  baseUrl: string,
  path: string,
  body: unknown,
  token?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A response's JSON, as the test says it is (the test then checks what it needs of it). */
export async function readJson<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** A port nobody listens on right now, for a server process a test starts. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Makes an account the way a manager does (the server gives a one-time password), then signs its
 * owner in for the first time, choosing `password`. Returns the owner's session.
 */
export async function createAccount(
  baseUrl: string,
  managerToken: string,
  account: { username: string; displayName?: string; role: string; unitCode: string },
  password: string,
): Promise<{ token: string; id: string }> {
  const created = await postJson<{ user: { id: string }; oneTimePassword: string }>(
    baseUrl,
    '/api/admin/users',
    { displayName: account.username, ...account },
    managerToken,
  );
  const first = await postJson<{ token: string }>(baseUrl, '/api/auth/login', {
    username: account.username,
    password: created.oneTimePassword,
  });
  await postJson(
    baseUrl,
    '/api/me/password',
    { currentPassword: created.oneTimePassword, newPassword: password },
    first.token,
  );
  return { token: first.token, id: created.user.id };
}
