// Steps 5.3, 5.5 and 5.6: whether the author (and whoever sent the change) may make it, decided on
// what the server holds: the role, the units before and after, and children's data.
import type { EntityName } from '../../../shared/entities.ts';
import type { MutationDef } from '../../../shared/mutations.ts';
import { holdsChildData } from '../../../shared/privacy/child-data.ts';
import { mayWrite, privacyArea, seesChildNames } from '../../../shared/units/scope.ts';
import { Reject, type WriteContext } from './context.ts';

export function authorizeRole(def: MutationDef, ctx: WriteContext): void {
  if (!def.writers.includes(ctx.author.role)) {
    throw new Reject('forbidden', 'Tài khoản này không có quyền thực hiện thay đổi này.');
  }
}

/**
 * Every unit the change touches (where the record is, where the change would put it, even if that
 * value loses a merge) must be one both the author and the sender may write.
 */
export function authorizeUnits(units: readonly string[], ctx: WriteContext): void {
  for (const unitCode of new Set(units)) {
    if (!mayWrite(ctx.tree, ctx.author, unitCode) || !mayWrite(ctx.tree, ctx.submitter, unitCode)) {
      throw new Reject('out-of-scope', `Đơn vị "${unitCode}" nằm ngoài phạm vi của tài khoản.`);
    }
  }
}

/**
 * Some changes belong to one unit's own staff (a unit sends its own report) and some to the level
 * above it (reviewing that report): decided on the author's unit as the server holds it.
 */
export function authorizeUnitRule(def: MutationDef, unitCode: string, ctx: WriteContext): void {
  if (def.unitRule === 'own' && unitCode !== ctx.author.unitCode)
    throw new Reject('forbidden', 'Chỉ cán bộ của chính đơn vị mới thực hiện được việc này.');
  if (
    def.unitRule === 'below' &&
    (unitCode === ctx.author.unitCode || !ctx.tree.isWithin(unitCode, ctx.author.unitCode))
  )
    throw new Reject('forbidden', 'Chỉ cấp trên của đơn vị mới xem xét được báo cáo này.');
}

/**
 * Children's data (a child attendee, a photo with children, a consent form) is written only by those
 * who may see a child's name, at every unit involved, and never moves out of the child's district:
 * otherwise a change (child → adult, "no children in it", a new unit) would reveal or carry it beyond.
 */
export function authorizeChildData(
  entity: EntityName,
  before: { unitCode: string; data: Record<string, unknown> | null } | undefined,
  after: { unitCode: string; data: Record<string, unknown> },
  ctx: WriteContext,
): void {
  const child = holdsChildData(entity, before?.data) || holdsChildData(entity, after.data);
  if (!child) return;
  const units = [...new Set([before?.unitCode, after.unitCode])].filter(
    (unit): unit is string => unit !== undefined,
  );
  const sees = (unitCode: string) =>
    seesChildNames(ctx.tree, ctx.author, unitCode) &&
    seesChildNames(ctx.tree, ctx.submitter, unitCode);
  if (!units.every(sees)) {
    throw new Reject(
      'child-data',
      'Chỉ cán bộ trong huyện (hoặc xã) của trẻ em mới được ghi, sửa thông tin của trẻ em.',
    );
  }
  const areas = new Set(units.map((unitCode) => privacyArea(ctx.tree, unitCode)));
  if (areas.size > 1) {
    throw new Reject('child-data', 'Không chuyển thông tin của trẻ em ra ngoài huyện của trẻ em.');
  }
}
