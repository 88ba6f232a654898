import { z } from 'zod/mini';
import { code, isoDate, text } from './fields.ts';

/** Administrative unit types, including the special zone (đặc khu) of the 2025 reform. */
export const UNIT_TYPES = [
  'province',
  'city',
  'district',
  'town',
  'commune',
  'ward',
  'township',
  'special-zone',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/**
 * The tier a unit sits at. How deep the tree is, is data: until June 2025 a commune sat under a
 * district, from July 2025 directly under the province (docs/units.md).
 */
export const UNIT_LEVELS = ['province', 'district', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** The tier each type usually sits at; a city can be either, so the level is stored, not derived. */
export const DEFAULT_LEVEL_OF_TYPE: Record<UnitType, UnitLevel> = {
  province: 'province',
  city: 'district',
  district: 'district',
  town: 'district',
  commune: 'commune',
  ward: 'commune',
  township: 'commune',
  'special-zone': 'commune',
};

const unitType = () => z.enum(UNIT_TYPES, { error: 'Loại đơn vị không hợp lệ' });

/** How a unit was before a change that took effect on `until` (rename, move, new type). */
export const unitPeriodSchema = z.strictObject({
  /** The first day this state no longer held. */
  until: isoDate(),
  name: text(200),
  type: unitType(),
  parentCode: z.nullable(code()),
});
export type UnitPeriod = z.infer<typeof unitPeriodSchema>;

/**
 * An administrative unit, as it is now (name, type, parent) with its earlier states in `history`.
 * A unit that ended (merged, split, dissolved) keeps its records and names the units that took
 * over in `successors`: records are never moved, mapping old units to new is data.
 */
export const unitSchema = z.strictObject({
  name: text(200),
  type: unitType(),
  level: z.enum(UNIT_LEVELS, { error: 'Cấp không hợp lệ' }),
  parentCode: z.nullable(code()),
  /** The first day the unit existed; null: before any record the app holds. */
  validFrom: z.nullable(isoDate()),
  /** The last day the unit existed; null while it exists. */
  validTo: z.nullable(isoDate()),
  successors: z.array(code()).check(z.maxLength(50)),
  history: z.array(unitPeriodSchema).check(z.maxLength(100)),
  /** True once validTo has passed; kept for devices of earlier versions. */
  retired: z.boolean(),
});
export type Unit = z.infer<typeof unitSchema>;
