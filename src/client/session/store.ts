// The signed-in session, kept on the device so the app opens and works offline for as long as
// the session is valid. A session the server refuses becomes "expired": the user signs in again
// and every unsent change is still there.
import { useSyncExternalStore } from 'react';
import type { Session } from '../../shared/responses.ts';
import type { PublicUser } from '../../shared/schemas/user.ts';
import { db } from '../db/db.ts';
import { getMeta, setMeta } from '../db/meta.ts';

export type { Session };

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; lastUsername?: string }
  | { status: 'signed-in'; session: Session }
  | { status: 'expired'; session: Session; disabled?: boolean };

let state: SessionState = { status: 'loading' };
const listeners = new Set<() => void>();

/** Whether the browser holds the database (assumed so where it cannot list its databases). */
async function databaseExists(name: string): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((entry) => entry.name === name);
  } catch {
    return true;
  }
}

function set(next: SessionState) {
  state = next;
  listeners.forEach((listener) => listener());
}

export const sessionStore = {
  get: () => state,
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  token: () => (state.status === 'signed-in' ? state.session.token : undefined),

  load: async () => {
    // A first visit has no database yet, so no session: creating it (every store and index) is the
    // biggest piece of work a phone would do before the sign-in screen answers; signing in does it.
    if (!(await databaseExists(db.name))) {
      set({ status: 'signed-out' });
      return;
    }
    const session = await getMeta<Session>(db.meta, 'session');
    if (!session) {
      const lastUsername = await getMeta<string>(db.meta, 'lastUsername');
      set(lastUsername ? { status: 'signed-out', lastUsername } : { status: 'signed-out' });
    } else if (new Date(session.expiresAt).getTime() <= Date.now()) {
      set({ status: 'expired', session });
    } else {
      set({ status: 'signed-in', session });
    }
  },

  signIn: async (session: Session) => {
    await setMeta(db.meta, 'session', session);
    await setMeta(db.meta, 'lastUsername', session.user.username);
    set({ status: 'signed-in', session });
  },

  /** The account as the server now describes it (after a password change, for example). */
  updateUser: async (user: PublicUser) => {
    if (state.status !== 'signed-in') return;
    const session = { ...state.session, user };
    await setMeta(db.meta, 'session', session);
    set({ status: 'signed-in', session });
  },

  expire: (reason: 'expired' | 'disabled' = 'expired') => {
    if (state.status === 'signed-in')
      set({ status: 'expired', session: state.session, disabled: reason === 'disabled' });
  },

  signOut: async () => {
    await db.meta.delete('session');
    const lastUsername = await getMeta<string>(db.meta, 'lastUsername');
    set(lastUsername ? { status: 'signed-out', lastUsername } : { status: 'signed-out' });
  },
};

export function useSessionState(): SessionState {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
}

/** The signed-in user; only for screens behind the sign-in gate. */
export function useUser(): PublicUser {
  const current = useSessionState();
  if (current.status !== 'signed-in') throw new Error('useUser outside a signed-in screen');
  return current.session.user;
}
