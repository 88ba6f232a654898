// The accounts API as the screens use it. Accounts live on the server only (never on a device):
// the list is kept on the device after each visit so the screen still opens offline, and changes
// need a connection.
import { z } from 'zod/mini';
import {
  accountSchema,
  createdAccountSchema,
  oneTimePasswordSchema,
  type Account,
} from '../../../shared/responses.ts';
import type { Role } from '../../../shared/schemas/user.ts';
import { getMeta, setMeta } from '../../db/meta.ts';
import { api, db } from '../../runtime.ts';

export type { Account };

const CACHE = 'accountsList';

export async function fetchAccounts(): Promise<{ accounts: Account[]; offline: boolean }> {
  try {
    const accounts = await api.get('/api/admin/users', z.array(accountSchema));
    await setMeta(db.meta, CACHE, accounts);
    return { accounts, offline: false };
  } catch {
    return { accounts: (await getMeta<Account[]>(db.meta, CACHE)) ?? [], offline: true };
  }
}

export interface NewAccount {
  username: string;
  displayName: string;
  role: Role;
  unitCode: string;
}

export const createAccount = (input: NewAccount) =>
  api.post('/api/admin/users', input, createdAccountSchema);

export const updateAccount = (
  id: string,
  patch: Partial<Pick<Account, 'displayName' | 'role' | 'unitCode' | 'disabled'>>,
) => api.patch(`/api/admin/users/${id}`, patch, accountSchema);

export const resetPassword = (id: string) =>
  api.post(`/api/admin/users/${id}/reset-password`, {}, oneTimePasswordSchema);

export const unlockAccount = (id: string) => api.post(`/api/admin/users/${id}/unlock`, {});
