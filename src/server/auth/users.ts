import { eq } from 'drizzle-orm';
import type { PublicUser, Role } from '../../shared/schemas/user.ts';
import type { Executor } from '../db/client.ts';
import { users } from '../db/schema.ts';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitCode: string;
  disabled: boolean;
  mustChangePassword: boolean;
}

export const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  unitCode: users.unitCode,
  disabled: users.disabled,
  mustChangePassword: users.mustChangePassword,
};

export async function findUser(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, id));
  return row;
}

export async function findUserByName(
  db: Executor,
  username: string,
): Promise<(UserRow & { passwordHash: string }) | undefined> {
  const [row] = await db
    .select({ ...userColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.username, username));
  return row;
}

export function publicUser(user: UserRow): PublicUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitCode: user.unitCode,
    mustChangePassword: user.mustChangePassword,
  };
}
