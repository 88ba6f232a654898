import type { AppDatabase } from './db.ts';
import { getMeta, setMeta } from './meta.ts';

/** The device's sync identity: made once, kept until the device's data is reset for another user. */
export async function ensureClientId(database: AppDatabase): Promise<string> {
  const existing = await getMeta<string>(database.meta, 'clientId');
  if (existing) return existing;
  const clientId = crypto.randomUUID();
  await setMeta(database.meta, 'clientId', clientId);
  return clientId;
}
