// The administrative tree as it stood on one day. Units carry their earlier states and their end,
// so the same records group by the 2023 tree in a 2023 report and by the 2026 tree in a 2026 one
// (docs/units.md). Pure: the unit records in, answers out; used by the server, the app and reports.
import type { Unit, UnitLevel, UnitType } from '../schemas/unit.ts';

export type UnitRecord = Pick<Unit, 'name' | 'type' | 'level' | 'parentCode'> &
  Partial<Pick<Unit, 'validFrom' | 'validTo' | 'successors' | 'history'>> & { id: string };

/** One unit as it was on the tree's day (a unit that had ended: as it was on its last day). */
export interface UnitState {
  code: string;
  name: string;
  type: UnitType;
  level: UnitLevel;
  parentCode: string | null;
  /** Whether the unit existed on the tree's day. */
  active: boolean;
  /** The units that took over when it ended (merge: one, split: several). */
  successors: readonly string[];
}

function stateOn(unit: UnitRecord, day: string): UnitState {
  const ended = unit.validTo != null && unit.validTo < day;
  // An ended unit is seen as it was on its last day.
  const seenOn = ended && unit.validTo ? unit.validTo : day;
  const earlier = [...(unit.history ?? [])]
    .sort((a, b) => a.until.localeCompare(b.until))
    .find((period) => seenOn < period.until);
  const started = unit.validFrom == null || unit.validFrom <= day;
  return {
    code: unit.id,
    name: earlier?.name ?? unit.name,
    type: earlier?.type ?? unit.type,
    level: unit.level,
    parentCode: earlier ? earlier.parentCode : unit.parentCode,
    active: started && !ended,
    successors: unit.successors ?? [],
  };
}

export class UnitTree {
  private readonly states = new Map<string, UnitState>();
  private readonly childrenOf = new Map<string, string[]>();

  constructor(
    units: Iterable<UnitRecord>,
    /** The day (yyyy-mm-dd) the tree stands on. */
    readonly day: string,
  ) {
    for (const unit of units) {
      const state = stateOn(unit, day);
      this.states.set(unit.id, state);
    }
    for (const state of this.states.values()) {
      if (state.parentCode === null) continue;
      const siblings = this.childrenOf.get(state.parentCode) ?? [];
      siblings.push(state.code);
      this.childrenOf.set(state.parentCode, siblings);
    }
  }

  get(code: string): UnitState | undefined {
    return this.states.get(code);
  }

  has(code: string): boolean {
    return this.states.has(code);
  }

  all(): UnitState[] {
    return [...this.states.values()];
  }

  /** The units that existed on the tree's day. */
  active(): UnitState[] {
    return this.all().filter((state) => state.active);
  }

  name(code: string): string {
    return this.states.get(code)?.name ?? code;
  }

  children(code: string): UnitState[] {
    return (this.childrenOf.get(code) ?? []).flatMap((child) => this.states.get(child) ?? []);
  }

  /** The unit's parent, grandparent … up to its root (the unit itself not included). */
  ancestors(code: string): UnitState[] {
    const found: UnitState[] = [];
    const seen = new Set([code]);
    let parent = this.states.get(code)?.parentCode ?? null;
    while (parent !== null && !seen.has(parent)) {
      seen.add(parent);
      const state = this.states.get(parent);
      if (!state) break;
      found.push(state);
      parent = state.parentCode;
    }
    return found;
  }

  /**
   * Whether `code` lies within `area` (is it, or below it) on the tree's day. A unit that ended
   * lies wherever its successors lie too: the 2023 records of a commune merged in 2025 belong to the
   * commune that took it over, and Kon Tum's to Quảng Ngãi.
   */
  isWithin(code: string, area: string): boolean {
    return this.within(code, area, new Set());
  }

  private within(code: string, area: string, seen: Set<string>): boolean {
    let current: string | null = code;
    while (current !== null && !seen.has(current)) {
      if (current === area) return true;
      seen.add(current);
      const state = this.states.get(current);
      if (!state) return false;
      if (!state.active && state.successors.some((next) => this.within(next, area, seen)))
        return true;
      current = state.parentCode;
    }
    return false;
  }

  /** Every unit within `area`, the area itself included. */
  unitsWithin(area: string): string[] {
    return this.all()
      .filter((state) => this.isWithin(state.code, area))
      .map((state) => state.code);
  }

  /** The nearest unit at `level` holding `code` (the unit itself when it is at that level). */
  nearestAt(code: string, level: UnitLevel): UnitState | undefined {
    const self = this.states.get(code);
    if (self?.level === level) return self;
    return this.ancestors(code).find((state) => state.level === level);
  }

  /** The units existing on the tree's day that carry on `code` (itself, if it still exists). */
  currentUnitsOf(code: string): string[] {
    const found = new Set<string>();
    const visit = (next: string, seen: Set<string>) => {
      if (seen.has(next)) return;
      seen.add(next);
      const state = this.states.get(next);
      if (!state) return;
      if (state.active || state.successors.length === 0) found.add(next);
      else state.successors.forEach((successor) => visit(successor, seen));
    };
    visit(code, new Set());
    return [...found];
  }

  /** The root unit (a province) that holds `code`. */
  rootOf(code: string): string {
    return this.ancestors(code).at(-1)?.code ?? code;
  }
}

/** The last day of a year, or today when the year is not over: the day a year's report stands on. */
export function dayOfYear(year: number, today: string): string {
  const end = `${year}-12-31`;
  return end < today ? end : today;
}
