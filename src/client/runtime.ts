// The app's single instances: the device database, the API client and the sync engine.
import { db } from './db/db.ts';
import { keepOpen } from './db/storage.ts';
import { sessionStore } from './session/store.ts';
import { createApi } from './sync/api.ts';
import { SyncEngine } from './sync/engine.ts';

export const api = createApi({ getToken: () => sessionStore.token() });

export const engine = new SyncEngine({
  database: db,
  api,
  onUnauthorized: (reason) => sessionStore.expire(reason),
});

keepOpen(db);

export { db };
/** The device database's type, for code that takes it as a parameter (and its tests' own copies). */
export type { AppDatabase } from './db/db.ts';
