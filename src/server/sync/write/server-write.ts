// Changes made on the server rather than pushed by a device. A user's action (resolving a conflict)
// goes through the very checks of a push (apply-mutation.ts); an administrator's unit edits
// through the same merge, validation and versions. Both reach every device through the feed.
import { ENTITIES, validateRecord, type EntityName } from '../../../shared/entities.ts';
import { formatHlc, tick, type HlcState } from '../../../shared/hlc.ts';
import { MUTATIONS, type MutationName } from '../../../shared/mutations.ts';
import type { Viewer } from '../../../shared/units/scope.ts';
import type { Tx } from '../../db/client.ts';
import { HttpProblem, validationProblem } from '../../http/problem.ts';
import { loadUnitTree } from '../../units/load-tree.ts';
import { mergeChange } from '../merge.ts';
import { themesInUse } from '../themes-in-use.ts';
import { loadRecords, recordKey, writeRecords, type RecordRow } from '../records-store.ts';
import { lockRecords, nextVersion } from '../versions.ts';
import { applyMutation } from './apply-mutation.ts';
import { Reject } from './context.ts';

const SERVER_NODE = '0000000000000000';
let serverClock: HlcState = { wall: 0, counter: 0, node: SERVER_NODE };

function serverStamp(): string {
  serverClock = tick(serverClock, Date.now());
  return formatHlc(serverClock);
}

async function lockAndLoad(tx: Tx, entity: EntityName, id: string) {
  await lockRecords(tx, [{ entity, id }]);
  return (await loadRecords(tx, [{ entity, id }])).get(recordKey(entity, id));
}

/**
 * A change a signed-in user makes through the API, checked exactly as if their device had pushed
 * it: role, units before and after, children's data, schema. A refusal is a 403/400 problem.
 */
export async function writeAsUser(
  tx: Tx,
  viewer: Viewer,
  change: { name: MutationName; id: string; patch: Record<string, unknown> },
): Promise<RecordRow> {
  const { entity } = MUTATIONS[change.name];
  const stored = await lockAndLoad(tx, entity, change.id);
  if (!stored || stored.deleted) {
    throw new HttpProblem(404, 'Không tìm thấy', `${entity} ${change.id} does not exist`);
  }
  const version = await nextVersion(tx);
  const ctx = {
    author: viewer,
    submitter: viewer,
    tree: await loadUnitTree(tx),
    stored: new Map([[recordKey(entity, change.id), stored]]),
    now: Date.now(),
    node: null,
    themesInUse: await themesInUse(tx, entity === 'plan' ? [change.id] : []),
  };
  try {
    // The server has seen everything it stores: its changes are never concurrent with them.
    const applied = applyMutation(
      {
        id: 1,
        name: change.name,
        args: { id: change.id, patch: change.patch, baseVersion: version },
        hlc: serverStamp(),
      },
      version,
      ctx,
    );
    if (!applied) return stored;
    await writeRecords(
      tx,
      [applied.row],
      { authorId: viewer.id, submittedBy: viewer.id },
      new Set([recordKey(entity, change.id)]),
    );
    return applied.row;
  } catch (error) {
    if (!(error instanceof Reject)) throw error;
    const status = error.code === 'invalid' ? 400 : 403;
    throw new HttpProblem(
      status,
      'Không thực hiện được thay đổi',
      error.message,
      undefined,
      `urn:ddte:${error.code}`,
    );
  }
}

/**
 * An administrator's change to reference data devices cannot write (units): merged, validated and
 * versioned like any other change. The route decides who may call it.
 */
export async function writeReferenceData(
  tx: Tx,
  change: { entity: EntityName; id: string; patch: Record<string, unknown>; actorId: string },
  options: { mustExist?: boolean; mustBeNew?: boolean } = {},
): Promise<RecordRow> {
  const stored = await lockAndLoad(tx, change.entity, change.id);
  if (options.mustExist && (!stored || stored.deleted)) {
    throw new HttpProblem(404, 'Không tìm thấy', `${change.entity} ${change.id} does not exist`);
  }
  if (options.mustBeNew && stored) {
    throw new HttpProblem(409, 'Mã đã tồn tại', `${change.entity} ${change.id} exists`, [
      { path: 'code', message: 'Mã đã tồn tại' },
    ]);
  }
  const version = await nextVersion(tx);
  const merged = mergeChange(
    stored?.data
      ? { data: stored.data, stamps: stored.stamps, fieldVersions: stored.fieldVersions }
      : null,
    { patch: change.patch, hlc: serverStamp(), baseVersion: version },
    version,
  );
  const parsed = validateRecord(change.entity, merged.data);
  if (!parsed.success) throw validationProblem(parsed.issues);
  const unitCode = change.entity === 'unit' ? change.id : merged.data['unitCode'];
  if (typeof unitCode !== 'string') throw new Error(`${change.entity} ${change.id} has no unit`);
  const row: RecordRow = {
    entity: change.entity,
    id: change.id,
    unitCode,
    shared: ENTITIES[change.entity].shared,
    data: merged.data,
    stamps: merged.stamps,
    fieldVersions: merged.fieldVersions,
    version,
    deleted: false,
  };
  await writeRecords(
    tx,
    [row],
    { authorId: change.actorId, submittedBy: change.actorId },
    new Set(stored ? [recordKey(change.entity, change.id)] : []),
  );
  return row;
}
