// Signing in and out on this device. A device's local data belongs to one account: signing in as
// another account starts from a clean device, and is refused while changes are still unsent.
import { db, type AppDatabase } from '../db/db.ts';
import { getMeta, setMeta } from '../db/meta.ts';
import { CLOCK_KEY } from '../db/schema.ts';
import { restartMutationIds } from '../db/mutation-ids.ts';
import { announceDeviceReset } from './other-tabs.ts';
import { requestPersistentStorage } from '../db/storage.ts';
import { api } from '../runtime.ts';
import { sessionStore, type Session } from './store.ts';

export class UnsentChangesError extends Error {
  constructor(
    readonly count: number,
    readonly owner: string,
  ) {
    super(`${count} unsent changes belong to ${owner}`);
  }
}

export async function signIn(username: string, password: string): Promise<Session> {
  // Loaded on submit: the sign-in screen draws without zod (docs/decisions/0005-what-loads-first.md).
  const { sessionSchema } = await import('../../shared/responses.ts');
  return completeSignIn(await api.post('/api/auth/login', { username, password }, sessionSchema));
}

/** Takes a session the server opened (sign-in, first set-up) onto this device. */
export async function completeSignIn(session: Session): Promise<Session> {
  const owner = await getMeta<string>(db.meta, 'ownerId');
  if (owner && owner !== session.user.id) {
    const unsent = await db.outbox.count();
    if (unsent > 0) {
      const lastUsername = (await getMeta<string>(db.meta, 'lastUsername')) ?? '';
      throw new UnsentChangesError(unsent, lastUsername);
    }
    await resetDevice();
  }
  await setMeta(db.meta, 'ownerId', session.user.id);
  await sessionStore.signIn(session);
  // Ask the browser not to evict this data under storage pressure.
  void requestPersistentStorage();
  return session;
}

/** Clears the device's records for a new account; refused by the caller while changes are unsent. */
export async function resetDevice(database: AppDatabase = db) {
  const { heldTables, outbox, rejected, meta } = database;
  await database.transaction('rw', [...heldTables, outbox, rejected, meta], async () => {
    await Promise.all(heldTables.map((table) => table.clear()));
    await rejected.clear();
    await meta.bulkDelete(['cursor', 'clientId', CLOCK_KEY, 'ownerId']);
    // A new client id: its mutations are numbered from 1 again, by a clock of its own node.
    await restartMutationIds(database);
  });
  // Loaded here, not with the sign-in screen: the clock and its stamps belong to saving.
  const { forgetClock } = await import('../db/clock.ts');
  forgetClock(database);
  announceDeviceReset();
}

export async function signOut() {
  try {
    await api.post('/api/auth/logout', {});
  } catch {
    // Offline or already expired: the token is forgotten on this device either way.
  }
  await sessionStore.signOut();
}
