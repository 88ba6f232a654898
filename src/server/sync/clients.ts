// The device registry: which account a device (clientId) belongs to, and how far its mutations
// have been applied. Used by push (step 3) and pull (acknowledgements).
import { sql } from 'drizzle-orm';
import { mayManage, type Viewer } from '../../shared/units/scope.ts';
import type { UnitTree } from '../../shared/units/unit-tree.ts';
import type { Executor, Tx } from '../db/client.ts';
import { HttpProblem } from '../http/problem.ts';
import { findUser, type UserRow } from '../auth/users.ts';

const notYours = () =>
  new HttpProblem(
    403,
    'Thiết bị không thuộc tài khoản này',
    'this clientId belongs to another account',
  );

/**
 * Finds or registers the device, owned by `authorId` (a file carried for another account) or the
 * submitter, and locks its row until the transaction ends: one push per device at a time.
 */
export async function registerClient(
  tx: Tx,
  tree: UnitTree,
  clientId: string,
  submitter: Viewer,
  authorId: string | undefined,
): Promise<UserRow> {
  const known = await tx.execute<{ user_id: string }>(
    sql`SELECT user_id FROM clients WHERE client_id = ${clientId}`,
  );
  const intended = known.rows[0]?.user_id ?? authorId ?? submitter.id;
  await checkOwner(tx, tree, submitter, intended);
  if (known.rows.length === 0) {
    await tx.execute(
      sql`INSERT INTO clients (client_id, user_id) VALUES (${clientId}, ${intended}) ON CONFLICT DO NOTHING`,
    );
  }
  // The row as it is once locked: a device registered at the same moment by another push wins.
  const locked = await tx.execute<{ user_id: string }>(
    sql`SELECT user_id FROM clients WHERE client_id = ${clientId} FOR UPDATE`,
  );
  const ownerId = locked.rows[0]?.user_id ?? intended;
  if (authorId !== undefined && authorId !== ownerId) throw notYours();
  return checkOwner(tx, tree, submitter, ownerId);
}

async function checkOwner(
  tx: Tx,
  tree: UnitTree,
  submitter: Viewer,
  ownerId: string,
): Promise<UserRow> {
  const owner = await findUser(tx, ownerId);
  // A disabled account's work still arrives when a manager hands its file over; its own sessions
  // were refused before this point.
  if (!owner || (owner.disabled && owner.id === submitter.id)) {
    throw new HttpProblem(
      403,
      'Tài khoản của thiết bị không hoạt động',
      'the account that owns this device is unknown or disabled',
    );
  }
  if (owner.id !== submitter.id && !mayManage(tree, submitter, owner)) {
    throw new HttpProblem(
      403,
      'Không có quyền gửi thay cho thiết bị này',
      'the device belongs to an account outside your scope',
    );
  }
  return owner;
}

export async function lastMutationId(db: Executor, clientId: string): Promise<number> {
  const result = await db.execute<{ last: string }>(
    sql`SELECT last_mutation_id::text AS last FROM clients WHERE client_id = ${clientId}`,
  );
  return Number(result.rows[0]?.last ?? 0);
}

export async function advanceClient(tx: Tx, clientId: string, last: number): Promise<void> {
  await tx.execute(
    sql`UPDATE clients SET last_mutation_id = ${last}, last_seen_at = now() WHERE client_id = ${clientId}`,
  );
}

/** A device's counter is told only to its owner, or to staff who may act for the owner. */
export async function checkClientReader(
  db: Executor,
  tree: UnitTree,
  viewer: Viewer,
  clientId: string,
): Promise<void> {
  const result = await db.execute<{ user_id: string }>(
    sql`SELECT user_id FROM clients WHERE client_id = ${clientId}`,
  );
  const ownerId = result.rows[0]?.user_id;
  if (ownerId === undefined || ownerId === viewer.id) return;
  const owner = await findUser(db, ownerId);
  if (!owner || !mayManage(tree, viewer, owner)) throw notYours();
}
