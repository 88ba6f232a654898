// The accounts API as the screens use it. Accounts live on the server only (never on a device):
// the list is kept on the device after each visit so the screen still opens offline, and changes
// need a connection.
import type { PublicUser, Role } from '../../../shared/schemas/user.ts';
import { getMeta, setMeta } from '../../db/meta.ts';
import { api, db } from '../../runtime.ts';

export interface Account extends PublicUser {
  disabled: boolean;
}

const CACHE = 'accountsList';

export async function fetchAccounts(): Promise<{ accounts: Account[]; offline: boolean }> {
  try {
    const accounts = await api.get<Account[]>('/api/admin/users');
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
  api.post<{ user: Account; oneTimePassword: string }>('/api/admin/users', input);

export const updateAccount = (
  id: string,
  patch: Partial<Pick<Account, 'displayName' | 'role' | 'unitCode' | 'disabled'>>,
) => api.patch<Account>(`/api/admin/users/${id}`, patch);

export const resetPassword = (id: string) =>
  api.post<{ oneTimePassword: string }>(`/api/admin/users/${id}/reset-password`, {});

export const unlockAccount = (id: string) =>
  api.post<undefined>(`/api/admin/users/${id}/unlock`, {});
