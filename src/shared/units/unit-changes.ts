// The changes an administrator makes to the unit tree, as patches of unit records with an effective
// date (docs/units.md). Nothing here moves a record: a renamed or moved unit keeps its earlier
// state in its history, an ended unit names its successors.
import type { Unit, UnitLevel, UnitType } from '../schemas/unit.ts';
import { UnitTree, type UnitRecord } from './unit-tree.ts';

export type FullUnit = Unit & { id: string };

export interface UnitChangeProblem {
  path: string;
  message: string;
}

export class UnitChangeError extends Error {
  constructor(readonly problems: UnitChangeProblem[]) {
    super(problems.map((problem) => problem.message).join('; '));
  }
}

const fail = (path: string, message: string): never => {
  throw new UnitChangeError([{ path, message }]);
};

/** The day before an ISO date: the last day of a unit that ends when another begins. */
export function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

const RANK: Record<UnitLevel, number> = { province: 0, district: 1, commune: 2 };

/** A parent must exist on the day, sit at a higher tier, and not lie below the unit itself. */
function checkParent(
  units: readonly UnitRecord[],
  code: string,
  level: UnitLevel,
  parentCode: string | null,
  day: string,
): void {
  if (parentCode === null) {
    if (level !== 'province') fail('parentCode', 'Chọn đơn vị cấp trên');
    return;
  }
  const tree = new UnitTree(units, day);
  const parent = tree.get(parentCode);
  if (!parent || !parent.active) fail('parentCode', 'Đơn vị cấp trên không tồn tại vào ngày này');
  else if (RANK[parent.level] >= RANK[level])
    fail('parentCode', 'Đơn vị cấp trên phải ở cấp cao hơn');
  if (parentCode === code || tree.isWithin(parentCode, code))
    fail('parentCode', 'Không thể đặt một đơn vị dưới chính nó');
}

export interface NewUnit {
  code: string;
  name: string;
  type: UnitType;
  level: UnitLevel;
  parentCode: string | null;
  /** The first day it exists; null for a unit that always existed as far as the app knows. */
  validFrom: string | null;
}

export function createUnit(units: readonly UnitRecord[], input: NewUnit): Unit {
  if (units.some((unit) => unit.id === input.code)) fail('code', 'Mã đơn vị đã tồn tại');
  checkParent(units, input.code, input.level, input.parentCode, input.validFrom ?? '9999-12-31');
  return {
    name: input.name,
    type: input.type,
    level: input.level,
    parentCode: input.parentCode,
    validFrom: input.validFrom,
    validTo: null,
    successors: [],
    history: [],
    retired: false,
  };
}

export interface UnitEdit {
  /** The day the new name, type or parent takes effect; null corrects the record (no history). */
  effective: string | null;
  name?: string;
  type?: UnitType;
  parentCode?: string | null;
}

/** Renames, retypes or moves a unit from a day on, keeping what it was before in its history. */
export function editUnit(
  units: readonly UnitRecord[],
  unit: FullUnit,
  edit: UnitEdit,
): Partial<Unit> {
  if (unit.validTo !== null) fail('code', 'Đơn vị đã giải thể, không sửa được');
  const next = {
    name: edit.name ?? unit.name,
    type: edit.type ?? unit.type,
    parentCode: edit.parentCode === undefined ? unit.parentCode : edit.parentCode,
  };
  if (next.parentCode !== unit.parentCode)
    checkParent(units, unit.id, unit.level, next.parentCode, edit.effective ?? '9999-12-31');
  if (edit.effective === null) return next;
  const latest = unit.history.reduce<string | null>(
    (last, period) => (last === null || period.until > last ? period.until : last),
    null,
  );
  if (latest !== null && edit.effective <= latest)
    fail('effective', 'Ngày hiệu lực phải sau lần thay đổi trước');
  if (unit.validFrom !== null && edit.effective <= unit.validFrom)
    fail('effective', 'Ngày hiệu lực phải sau ngày thành lập đơn vị');
  return {
    ...next,
    history: [
      ...unit.history,
      {
        until: edit.effective,
        name: unit.name,
        type: unit.type,
        parentCode: unit.parentCode,
      },
    ],
  };
}

/**
 * Ends units on the day before `effective`, naming the units that carry them on (a merge: one; a
 * split: several; a dissolved district: none, its communes having been moved first).
 */
export function endUnits(
  units: readonly UnitRecord[],
  codes: readonly string[],
  effective: string,
  successors: readonly string[],
  today: string,
): Map<string, Partial<Unit>> {
  const tree = new UnitTree(units, effective);
  const patches = new Map<string, Partial<Unit>>();
  for (const code of codes) {
    const unit = units.find((candidate) => candidate.id === code);
    if (!unit) fail('codes', `Không có đơn vị ${code}`);
    else if (unit.validTo !== null && unit.validTo !== undefined)
      fail('codes', `${unit.name} đã giải thể`);
    else if (unit.validFrom && unit.validFrom >= effective)
      fail('effective', `${unit.name} chưa thành lập vào ngày này`);
    if (successors.includes(code)) fail('successors', 'Một đơn vị không kế thừa chính nó');
    const staying = tree
      .children(code)
      .filter((child) => child.active && !codes.includes(child.code));
    if (staying.length > 0 && successors.length !== 1)
      fail(
        'codes',
        `Còn ${staying.length} đơn vị trực thuộc: chuyển chúng sang đơn vị khác trước khi giải thể`,
      );
    patches.set(code, {
      validTo: dayBefore(effective),
      successors: [...successors],
      retired: effective <= today,
    });
  }
  for (const successor of successors) {
    const state = tree.get(successor);
    if (!state || !state.active)
      fail('successors', `Đơn vị ${successor} không tồn tại vào ngày này`);
  }
  return patches;
}
