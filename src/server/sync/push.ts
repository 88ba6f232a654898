// POST /api/sync/push, written as the numbered steps of docs/sync-protocol.md § Push.
import type { Mutation, PushRequest, PushResponse, Rejection } from '../../shared/protocol.ts';
import type { Viewer } from '../../shared/units/scope.ts';
import { nodeFromClientId } from '../../shared/hlc.ts';
import { isMutationName, MUTATIONS } from '../../shared/mutations.ts';
import { RECORD_ID_PATTERN } from '../../shared/schemas/record-id.ts';
import { auditManySql } from '../audit.ts';
import type { Database } from '../db/client.ts';
import { HttpProblem } from '../http/problem.ts';
import { advanceClient, openPush } from './clients.ts';
import { recordKey, writeRecordsSql, type RecordRow } from './records-store.ts';
import { PushAudit } from './push-audit.ts';
import { recordRejections } from './rejections.ts';
import { themesInUse } from './themes-in-use.ts';
import { nextVersions } from './versions.ts';
import { applyMutation } from './write/apply-mutation.ts';
import { Reject } from './write/context.ts';

export interface PushOptions {
  submitter: Viewer;
  /** For an outbox transferred by file: the account whose device made the mutations. */
  authorId?: string | undefined;
  now?: number;
  /** Told how long the push waited for its records' locks (for /metrics). */
  onLockWait?: (seconds: number) => void;
}

export async function push(
  db: Database,
  request: PushRequest,
  options: PushOptions,
): Promise<PushResponse> {
  const { submitter } = options;
  const now = options.now ?? Date.now();

  // 1. The batch must be the client's mutations in order, without gaps between them.
  checkConsecutive(request.mutations);

  return db.orm.transaction(async (tx) => {
    // 2–3. Find or register the client (its row stays locked) and check the submitter may push for
    //      its owner; read the unit tree every scope check of this push stands on; lock the records
    //      the batch touches, take versions for its new mutations and read those records as they
    //      stand (one statement).
    const keys = touchedKeys(request.mutations);
    const waitFrom = performance.now();
    const { author, last, tree, versions, stored } = await openPush(
      tx,
      db.orm,
      {
        clientId: request.clientId,
        mutationIds: request.mutations.map((mutation) => mutation.id),
        keys,
      },
      submitter,
      options.authorId,
    );
    options.onLockWait?.((performance.now() - waitFrom) / 1000);

    // 4. Replays are acknowledged without effect; a gap is refused whole.
    const fresh = request.mutations.filter((mutation) => mutation.id > last);
    const first = fresh[0];
    if (!first) return { lastMutationId: last, rejected: [] };
    if (first.id !== last + 1) {
      throw new HttpProblem(
        409,
        'Thiếu thay đổi trước đó',
        `the server has applied up to mutation ${last}; the next must be ${last + 1}, not ${first.id}`,
        undefined,
        'urn:ddte:mutation-gap',
      );
    }
    if (versions.length !== fresh.length) throw new Error('a version for each new mutation');

    // 5. Apply each mutation in order to the records as read; a bad one is rejected, not fatal
    //    (write/apply-mutation.ts, steps 5.1–5.7).
    const ctx = {
      author,
      submitter,
      tree,
      stored,
      now,
      node: nodeFromClientId(request.clientId),
      themesInUse: await themesInUse(
        tx,
        keys.filter((key) => key.entity === 'plan').map((key) => key.id),
      ),
    };
    const rejected: Rejection[] = [];
    const existing = new Set(stored.keys());
    const writes = new Map<string, RecordRow>();
    const conflicts: RecordRow[] = [];
    const audit = new PushAudit();
    let clockAheadMs = 0;
    fresh.forEach((mutation, index) => {
      try {
        const result = applyMutation(mutation, versions[index] ?? 0, ctx);
        if (!result) return;
        clockAheadMs = Math.max(clockAheadMs, result.clampedMs);
        const write = result.row;
        const key = recordKey(write.entity, write.id);
        stored.set(key, write);
        writes.set(key, write);
        audit.add(result.action, write.entity, write.id);
        conflicts.push(...result.conflicts);
      } catch (error) {
        if (!(error instanceof Reject)) throw error;
        rejected.push({ id: mutation.id, code: error.code, message: error.message });
      }
    });

    // 6. Store the records, then their conflict entries (versions after the records they describe),
    //    the rejections, the batch's audit entry and the client's counter: all in this one
    //    transaction, the records, audit and counter in one statement.
    const conflictVersions = await nextVersions(tx, conflicts.length);
    conflicts.forEach((conflict, index) => (conflict.version = conflictVersions[index] ?? 0));
    await recordRejections(tx, request, rejected, submitter.id);
    const newLast = fresh.at(-1)?.id ?? last;
    const entry = audit.entry({
      authorId: author.id,
      submitterId: submitter.id,
      clientId: request.clientId,
      mutations: [first.id, newLast],
    });
    await advanceClient(tx, request.clientId, newLast, [
      ...writeRecordsSql(
        [...writes.values(), ...conflicts],
        { authorId: author.id, submittedBy: submitter.id },
        existing,
      ),
      entry && auditManySql([entry]),
    ]);
    return {
      lastMutationId: newLast,
      rejected,
      ...(clockAheadMs > 0 ? { clockAheadMs } : {}),
    };
  });
}

function checkConsecutive(mutations: Mutation[]): void {
  mutations.forEach((mutation, index) => {
    const previous = mutations[index - 1];
    if (previous && mutation.id !== previous.id + 1) {
      throw new HttpProblem(
        400,
        'Thứ tự thay đổi không liền mạch',
        `mutation ${mutation.id} follows ${previous.id}`,
      );
    }
  });
}

function touchedKeys(mutations: Mutation[]) {
  const keys = new Map<string, { entity: string; id: string }>();
  for (const mutation of mutations) {
    if (!isMutationName(mutation.name)) continue;
    const { args } = mutation;
    const id = typeof args === 'object' && args !== null && 'id' in args ? args.id : undefined;
    // Only well-formed ids reach the database; the rest are rejected when applied.
    if (typeof id !== 'string' || !RECORD_ID_PATTERN.test(id)) continue;
    const entity = MUTATIONS[mutation.name].entity;
    keys.set(recordKey(entity, id), { entity, id });
  }
  return [...keys.values()];
}
