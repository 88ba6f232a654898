// Step 5 of a push (docs/sync-protocol.md § Push), for one mutation: the same checks, in the same
// order, for a device's change and for a conflict resolution, so that neither can do what the
// other may not.
import { randomUUID } from 'node:crypto';
import { ENTITIES, recordUnitCode, validateRecord } from '../../../shared/entities.ts';
import {
  deleteArgsSchema,
  isMutationName,
  MUTATIONS,
  upsertArgsSchema,
  type MutationDef,
} from '../../../shared/mutations.ts';
import type { Mutation } from '../../../shared/protocol.ts';
import { themeProblems } from '../../../shared/plans/plan-year.ts';
import { treeRules } from '../../../shared/rules/tree-rules.ts';
import { themeSchema, type Theme } from '../../../shared/schemas/plan.ts';
import { issuesToErrors } from '../../http/problem.ts';
import { mergeChange, type FieldConflict } from '../merge.ts';
import { recordKey, type RecordRow } from '../records-store.ts';
import {
  authorizeChildData,
  authorizeRole,
  authorizeUnitRule,
  authorizeUnits,
} from './authorize.ts';
import { Reject, type Applied, type WriteContext } from './context.ts';
import { checkStamp } from './stamp.ts';

export function applyMutation(
  mutation: Mutation,
  version: number,
  ctx: WriteContext,
): Applied | null {
  // 5.1 A mutation this server knows.
  if (!isMutationName(mutation.name)) {
    throw new Reject('unknown-mutation', `Loại thay đổi không được hỗ trợ: ${mutation.name}`);
  }
  const def: MutationDef = MUTATIONS[mutation.name];
  const entityDef = ENTITIES[def.entity];
  // 5.2 A stamp of the pushing device, clamped to the server's time.
  const { hlc, clampedMs } = checkStamp(mutation.hlc, ctx.node, ctx.now);
  // 5.3 A role that may make this change.
  authorizeRole(def, ctx);

  if (def.op === 'delete') {
    const args = deleteArgsSchema.safeParse(mutation.args);
    if (!args.success) throw invalid(args.error.issues);
    const current = ctx.stored.get(recordKey(def.entity, args.data.id));
    // Nothing to delete: already gone, or it never reached the server.
    if (!current || current.deleted) return null;
    authorizeUnits([current.unitCode], ctx);
    authorizeChildData(def.entity, current, { unitCode: current.unitCode, data: {} }, ctx);
    return {
      action: 'delete',
      row: { ...current, data: null, version, deleted: true },
      conflicts: [],
      clampedMs,
    };
  }

  // 5.4 Arguments and patch valid for the schema the device used.
  const args = upsertArgsSchema.safeParse(mutation.args);
  if (!args.success) throw invalid(args.error.issues);
  const { id, baseVersion } = args.data;
  const current = ctx.stored.get(recordKey(def.entity, id));
  if (current?.deleted) throw new Reject('deleted', 'Bản ghi này đã bị xóa trên máy chủ.');
  // A new record made by its entity's own upsert: the patch is the whole record, so it is checked
  // once, against the entity's schema and rules, which 5.6 would check again field for field.
  const whole = !current && def.anyField ? validateRecord(def.entity, args.data.patch) : null;
  if (whole && !whole.success) throw invalid(whole.issues);
  const patch = whole?.success ? whole : def.patch?.safeParse(args.data.patch);
  if (!patch?.success) throw invalid(patch?.error.issues ?? [], 'patch');

  // 5.5 Units: where the record is and where the patch would put it, win or lose the merge.
  const patchUnit = recordUnitCode(def.entity, id, patch.data);
  authorizeUnits(
    [current?.unitCode, patchUnit].filter((unit): unit is string => Boolean(unit)),
    ctx,
  );

  // 5.6 Merge field by field (decisions/0003), then the whole record must be valid.
  const merged = mergeChange(
    current?.data
      ? { data: current.data, stamps: current.stamps, fieldVersions: current.fieldVersions }
      : null,
    { patch: patch.data, hlc, baseVersion },
    version,
  );
  if (!whole) {
    const full = validateRecord(def.entity, merged.data);
    if (!full.success) throw invalid(full.issues);
  }
  const treeIssues = treeRules(def.entity, merged.data, ctx.tree);
  if (treeIssues.length > 0) throw invalid(treeIssues);
  if (def.entity === 'plan' && current?.data) {
    const problems = themeProblems(
      themesOf(current.data),
      themesOf(merged.data),
      ctx.themesInUse.get(id) ?? new Set(),
    );
    if (problems.length > 0) throw new Reject('invalid', problems.join(' '));
  }
  const unitCode = recordUnitCode(def.entity, id, merged.data);
  authorizeUnits([unitCode], ctx);
  authorizeUnitRule(def, unitCode, ctx);

  // 5.7 Children's data: the sender must see the child's name before and after, in one district.
  authorizeChildData(
    def.entity,
    current,
    { unitCode, data: { ...merged.data, ...patch.data } },
    ctx,
  );
  if (current && merged.changedFields.length === 0 && merged.conflicts.length === 0) return null;

  const row: RecordRow = {
    entity: def.entity,
    id,
    unitCode,
    shared: entityDef.shared,
    data: merged.data,
    stamps: merged.stamps,
    fieldVersions: merged.fieldVersions,
    version: merged.changedFields.length > 0 ? version : (current?.version ?? version),
    deleted: false,
  };
  return {
    action: current ? 'update' : 'create',
    row,
    conflicts: merged.conflicts.map((conflict) => conflictRow(row, conflict, ctx.author.id)),
    clampedMs,
  };
}

/** A value that lost a same-field merge, kept as its own record so nothing is overwritten silently. */
function conflictRow(record: RecordRow, conflict: FieldConflict, authorId: string): RecordRow {
  return {
    entity: 'conflict',
    id: randomUUID(),
    unitCode: record.unitCode,
    shared: record.shared,
    data: {
      entity: record.entity,
      recordId: record.id,
      unitCode: record.unitCode,
      field: conflict.field,
      keptValue: conflict.keptValue,
      keptHlc: conflict.keptHlc,
      lostValue: conflict.lostValue,
      lostHlc: conflict.lostHlc,
      lostBy: conflict.loser === 'incoming' ? authorId : null,
      resolved: false,
      resolvedBy: null,
      resolution: null,
    },
    stamps: {},
    fieldVersions: {},
    // Versions are given after the batch's records, so a conflict never arrives before its record.
    version: 0,
    deleted: false,
  };
}

/** A stored plan's themes (validated, so a malformed one is treated as having none). */
function themesOf(data: Record<string, unknown>): Theme[] {
  const themes = data['themes'];
  if (!Array.isArray(themes)) return [];
  return themes.flatMap((theme) => {
    const parsed = themeSchema.safeParse(theme);
    return parsed.success ? [parsed.data] : [];
  });
}

function invalid(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix?: string,
): Reject {
  const details = issuesToErrors(issues)
    .map((error) => `${prefix ? `${prefix}.` : ''}${error.path}: ${error.message}`)
    .join('; ');
  return new Reject('invalid', `Dữ liệu không hợp lệ — ${details}`);
}
