// Changes the server makes itself (administration, conflict resolution, unit merges). They go
// through the same merge and version allocation as devices' mutations, so they reach every device.
import {
  ENTITIES,
  recordUnitCode,
  validateRecord,
  type EntityName,
} from '../../shared/entities.ts';
import { formatHlc, tick } from '../../shared/hlc.ts';
import type { Tx } from '../db/client.ts';
import { HttpProblem, validationProblem } from '../http/problem.ts';
import { mergeChange } from './merge.ts';
import { loadRecords, recordKey, writeRecords, type RecordRow } from './records-store.ts';
import { nextVersion } from './versions.ts';

const SERVER_NODE = '0000000000000000';
let serverClock = { wall: 0, counter: 0, node: SERVER_NODE };

export async function serverUpsert(
  tx: Tx,
  change: {
    entity: EntityName;
    id: string;
    patch: Record<string, unknown>;
    actorId: string | null;
  },
  options: { mustExist?: boolean } = {},
): Promise<RecordRow> {
  const stored = (await loadRecords(tx, [{ entity: change.entity, id: change.id }])).get(
    recordKey(change.entity, change.id),
  );
  if (options.mustExist && (!stored || stored.deleted)) {
    throw new HttpProblem(404, 'Không tìm thấy', `${change.entity} ${change.id} does not exist`);
  }
  const version = await nextVersion(tx);
  serverClock = tick(serverClock, Date.now());
  const merged = mergeChange(
    stored?.data
      ? { data: stored.data, stamps: stored.stamps, fieldVersions: stored.fieldVersions }
      : null,
    // The server has seen everything it stores: its changes are never concurrent with them.
    { patch: change.patch, hlc: formatHlc(serverClock), baseVersion: version },
    version,
  );
  const def = ENTITIES[change.entity];
  const parsed = validateRecord(change.entity, merged.data);
  if (!parsed.success) throw validationProblem(parsed.issues);
  const row: RecordRow = {
    entity: change.entity,
    id: change.id,
    unitCode:
      def.shared && change.entity !== 'unit'
        ? 'kon-tum'
        : recordUnitCode(change.entity, change.id, merged.data),
    shared: def.shared,
    data: merged.data,
    stamps: merged.stamps,
    fieldVersions: merged.fieldVersions,
    version,
    deleted: false,
  };
  await writeRecords(tx, [{ ...row, authorId: change.actorId, submittedBy: change.actorId }]);
  return row;
}
