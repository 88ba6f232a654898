// The device registry: which account a device (clientId) belongs to, and how far its mutations
// have been applied. Used by push (step 3) and pull (acknowledgements).
import { sql, type SQL } from 'drizzle-orm';
import { mayManage, type Viewer } from '../../shared/units/scope.ts';
import type { UnitTree } from '../../shared/units/unit-tree.ts';
import type { Executor, Tx } from '../db/client.ts';
import { executePrepared } from '../db/prepared.ts';
import { HttpProblem } from '../http/problem.ts';
import { findUser } from '../auth/users.ts';
import { currentUnitTree, UNIT_ROWS_STAMP, unitTreeAt } from '../units/load-tree.ts';
import { recordsFound, type FoundRecord, type RecordRow } from './records-store.ts';
import { lockVersionAndRead } from './versions.ts';

const notYours = () =>
  new HttpProblem(
    403,
    'Thiết bị không thuộc tài khoản này',
    'this clientId belongs to another account',
  );

/** What a push needs before it applies anything. */
export interface OpenedPush {
  /** The device's owner: the author of its mutations. */
  author: Viewer;
  /** How far the device's mutations had been applied. */
  last: number;
  /** The unit tree every scope check of the push stands on. */
  tree: UnitTree;
  /** A version for each mutation after `last`, taken with the batch's records locked. */
  versions: number[];
  /** The records the batch touches, as stored, read with their locks held. */
  stored: Map<string, RecordRow>;
}

/**
 * Finds or registers the device, owned by `authorId` (a file carried for another account) or the
 * submitter, and locks its row until the transaction ends: one push per device at a time. The same
 * statement reads the unit rows' stamp (for the tree), then locks the records the batch touches,
 * takes a version for each mutation the server has not applied yet and reads those records
 * (versions.ts): one round trip where there were four. The device's row is locked before the
 * records, by every push alike.
 */
export async function openPush(
  tx: Tx,
  treeOwner: object,
  batch: { clientId: string; mutationIds: number[]; keys: { entity: string; id: string }[] },
  submitter: Viewer,
  authorId: string | undefined,
): Promise<OpenedPush> {
  const intended = authorId ?? submitter.id;
  // A device is never registered to an account its submitter may not act for.
  if (intended !== submitter.id)
    await checkOwner(tx, await currentUnitTree(treeOwner, tx), submitter, intended);
  // Registers the device or, when it is known, locks its row as it stands (the no-op update takes
  // the row lock); the row's owner and counter come back with the stamp and the versions.
  const [row] = await executePrepared<{
    user_id: string;
    last: string;
    unit_stamp: string | null;
    versions: string[];
    stored: FoundRecord[];
  }>(
    tx,
    sql`
    WITH device AS (
      INSERT INTO clients (client_id, user_id) VALUES (${batch.clientId}, ${intended})
      ON CONFLICT (client_id) DO UPDATE SET user_id = clients.user_id
      RETURNING user_id, last_mutation_id)
    SELECT device.user_id, device.last_mutation_id::text AS last,
           (${UNIT_ROWS_STAMP}) AS unit_stamp, locked.versions_taken::text[] AS versions,
           locked.stored
    FROM device, LATERAL ${lockVersionAndRead(
      batch.keys,
      sql`(SELECT count(*)::int FROM unnest(${`{${batch.mutationIds.join(',')}}`}::bigint[]) AS m(id)
           WHERE m.id > device.last_mutation_id)`,
    )} AS locked`,
  );
  if (!row) throw new Error('the device row vanished inside its transaction');
  if (authorId !== undefined && authorId !== row.user_id) throw notYours();
  const tree = await unitTreeAt(treeOwner, tx, row.unit_stamp ?? '');
  // The submitter was checked active by the session lookup of this very request.
  const author =
    row.user_id === submitter.id ? submitter : await checkOwner(tx, tree, submitter, row.user_id);
  return {
    author,
    last: Number(row.last),
    tree,
    versions: row.versions.map(Number),
    stored: recordsFound(row.stored),
  };
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
  await executePrepared(
    tx,
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
