import type { AppDatabase } from '../db/db.ts';
import type { ApiClient } from './api.ts';

/** What the push and the pull of a sync work with: this device's database, the server, its id. */
export interface SyncContext {
  database: AppDatabase;
  api: ApiClient;
  clientId: string;
}
