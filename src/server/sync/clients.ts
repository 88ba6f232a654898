// The device registry: which account a device (clientId) belongs to, and how far its mutations
// have been applied. Used by push (step 3) and pull (acknowledgements).
import { sql, type SQL } from 'drizzle-orm';
import { mayManage, type Viewer } from '../../shared/units/scope.ts';
import type { UnitTree } from '../../shared/units/unit-tree.ts';
import type { Executor, Tx } from '../db/client.ts';
import { HttpProblem } from '../http/problem.ts';
import { findUser } from '../auth/users.ts';

const notYours = () =>
  new HttpProblem(
    403,
    'Thiết bị không thuộc tài khoản này',
    'this clientId belongs to another account',
  );

/**
 * Finds or registers the device, owned by `authorId` (a file carried for another account) or the
 * submitter, and locks its row until the transaction ends: one push per device at a time. Returns
 * the owner (the mutations' author) and how far the device's mutations have been applied. The
 * common case, a device pushing its own owner's work, takes one statement.
 */
export async function registerClient(
  tx: Tx,
  tree: UnitTree,
  clientId: string,
  submitter: Viewer,
  authorId: string | undefined,
): Promise<{ author: Viewer; last: number }> {
  const intended = authorId ?? submitter.id;
  // A device is never registered to an account its submitter may not act for.
  if (intended !== submitter.id) await checkOwner(tx, tree, submitter, intended);
  // One statement registers the device or, when it is known, locks its row as it stands (the
  // no-op update takes the row lock); either way the row's owner and counter come back.
  const locked = await tx.execute<{ user_id: string; last: string }>(sql`
    INSERT INTO clients (client_id, user_id) VALUES (${clientId}, ${intended})
    ON CONFLICT (client_id) DO UPDATE SET user_id = clients.user_id
    RETURNING user_id, last_mutation_id::text AS last`);
  const row = locked.rows[0];
  if (!row) throw new Error('the device row vanished inside its transaction');
  if (authorId !== undefined && authorId !== row.user_id) throw notYours();
  // The submitter was checked active by the session lookup of this very request.
  const author =
    row.user_id === submitter.id ? submitter : await checkOwner(tx, tree, submitter, row.user_id);
  return { author, last: Number(row.last) };
}

async function checkOwner(
  tx: Tx,
  tree: UnitTree,
  submitter: Viewer,
  ownerId: string,
): Promise<Viewer> {
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
  return { id: owner.id, role: owner.role, unitCode: owner.unitCode };
}

export async function lastMutationId(db: Executor, clientId: string): Promise<number> {
  const result = await db.execute<{ last: string }>(
    sql`SELECT last_mutation_id::text AS last FROM clients WHERE client_id = ${clientId}`,
  );
  return Number(result.rows[0]?.last ?? 0);
}

/**
 * Moves the device's counter to `last`, with `alongside` (inserts of the same push) run as part of
 * the same statement: a push's writes cost one round trip.
 */
export async function advanceClient(
  tx: Tx,
  clientId: string,
  last: number,
  alongside: (SQL | null)[] = [],
): Promise<void> {
  const parts = alongside.filter((part): part is SQL => part !== null);
  const ctes = parts.length
    ? sql`WITH ${sql.join(
        parts.map((part, index) => sql`${sql.raw(`w${index}`)} AS (${part})`),
        sql`, `,
      )} `
    : sql``;
  await tx.execute(
    sql`${ctes}UPDATE clients SET last_mutation_id = ${last}, last_seen_at = now() WHERE client_id = ${clientId}`,
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
