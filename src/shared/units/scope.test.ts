import { describe, expect, it } from 'vitest';
import type { Role } from '../schemas/user.ts';
import { REFORMED_PROVINCE } from '../testing/unit-trees.ts';
import {
  countsUnder,
  mayManage,
  maySee,
  privacyArea,
  reportRows,
  roleFitsUnit,
  seesChildNames,
  visibleUnits,
} from './scope.ts';
import { UnitTree } from './unit-tree.ts';

const in2023 = new UnitTree(REFORMED_PROVINCE, '2023-12-31');
const in2026 = new UnitTree(REFORMED_PROVINCE, '2026-12-02');
const trees = { 2023: in2023, 2026: in2026 } as const;

const viewer = (role: Role, unitCode: string) => ({ id: `${role}@${unitCode}`, role, unitCode });

describe('the unit tree on a day', () => {
  it('shows a unit as it was then: name and parent before the reform, after it now', () => {
    expect(in2023.get('dak-glei/dak-man')).toMatchObject({
      name: 'Xã Đăk Man',
      parentCode: 'dak-glei',
    });
    expect(in2026.get('dak-glei/dak-man')).toMatchObject({
      name: 'Xã Đăk Môn',
      parentCode: 'quang-ngai',
    });
  });

  it('knows which units existed: the districts then, the merged commune now', () => {
    const active = (tree: UnitTree) => tree.active().map((unit) => unit.code);
    expect(active(in2023)).toContain('kon-ray');
    expect(active(in2023)).not.toContain('dak-koi');
    expect(active(in2026)).not.toContain('kon-ray');
    expect(active(in2026)).toContain('dak-koi');
  });

  it('maps an ended unit to the units that carry it on today', () => {
    expect(in2026.currentUnitsOf('kon-ray/dak-ruong')).toEqual(['dak-koi']);
    expect(in2026.currentUnitsOf('dak-glei/dak-man')).toEqual(['dak-glei/dak-man']);
    expect(in2026.currentUnitsOf('kon-tum')).toEqual(['quang-ngai']);
  });
});

// [year, role, viewer's unit, record's unit, sees, sees a child's name]
const CASES: [keyof typeof trees, Role, string, string, boolean, boolean][] = [
  [2023, 'collaborator', 'kon-ray/dak-ruong', 'kon-ray/dak-ruong', true, true],
  [2023, 'collaborator', 'kon-ray/dak-ruong', 'kon-ray/dak-tang', false, false],
  [2023, 'collaborator', 'kon-ray/dak-ruong', 'kon-ray', false, false],
  [2023, 'district', 'kon-ray', 'kon-ray/dak-tang', true, true],
  [2023, 'district', 'kon-ray', 'kon-ray', true, true],
  [2023, 'district', 'kon-ray', 'dak-glei/dak-man', false, false],
  [2023, 'province', 'kon-tum', 'kon-ray/dak-tang', true, false],
  [2023, 'province', 'kon-tum', 'kon-tum', true, true],
  [2023, 'admin', 'kon-tum', 'kon-ray/dak-tang', false, false],
  // After the reform: the re-parented commune counts under the province directly.
  [2026, 'district', 'dak-glei', 'dak-glei/dak-man', false, false],
  [2026, 'province', 'quang-ngai', 'dak-glei/dak-man', true, false],
  // Merged communes: their records go with the commune that took them over, names do not.
  [2026, 'collaborator', 'dak-koi', 'kon-ray/dak-ruong', true, false],
  [2026, 'collaborator', 'dak-koi', 'dak-koi', true, true],
  // The old province's records belong to the province that took it over.
  [2026, 'province', 'quang-ngai', 'kon-tum', true, false],
  [2026, 'province', 'quang-ngai', 'quang-ngai', true, true],
  // A special zone has no district: a child's name stays in the zone.
  [2026, 'collaborator', 'ly-son', 'ly-son', true, true],
  [2026, 'province', 'quang-ngai', 'ly-son', true, false],
  [2026, 'collaborator', 'ly-son', 'dak-koi', false, false],
  // An unknown unit is nobody's.
  [2026, 'province', 'quang-ngai', 'no-such-unit', false, false],
];

describe('who sees what, and whose child names', () => {
  it.each(CASES)('%i: %s of %s, records of %s', (year, role, unit, record, sees, names) => {
    const tree = trees[year];
    expect(maySee(tree, viewer(role, unit), record)).toBe(sees);
    expect(seesChildNames(tree, viewer(role, unit), record)).toBe(names);
  });

  it('keeps a child’s name in the district, or in the commune where there is none', () => {
    expect(privacyArea(in2023, 'dak-glei/dak-man')).toBe('dak-glei');
    expect(privacyArea(in2026, 'dak-glei/dak-man')).toBe('dak-glei/dak-man');
    expect(privacyArea(in2026, 'kon-ray/dak-ruong')).toBe('kon-ray');
    expect(privacyArea(in2026, 'quang-ngai')).toBe('quang-ngai');
  });

  it('lists the feed’s units: a district’s own subtree, nothing for an administrator', () => {
    expect(visibleUnits(in2023, viewer('district', 'kon-ray')).sort()).toEqual([
      'kon-ray',
      'kon-ray/dak-ruong',
      'kon-ray/dak-tang',
    ]);
    expect(visibleUnits(in2026, viewer('admin', 'quang-ngai'))).toEqual([]);
    expect(visibleUnits(in2026, viewer('province', 'quang-ngai'))).toHaveLength(
      REFORMED_PROVINCE.length,
    );
  });
});

describe('the rows a report counts under', () => {
  it('2023: a province counts by district, a district by commune', () => {
    const rows = reportRows(in2023, 'kon-tum');
    expect(rows).toEqual(['dak-glei', 'kon-ray', 'kon-tum']);
    expect(countsUnder(in2023, 'dak-glei/dak-man', rows)).toBe('dak-glei');
    expect(countsUnder(in2023, 'kon-tum', rows)).toBe('kon-tum');
    const district = reportRows(in2023, 'kon-ray');
    expect(countsUnder(in2023, 'kon-ray/dak-tang', district)).toBe('kon-ray/dak-tang');
    expect(countsUnder(in2023, 'kon-ray', district)).toBe('kon-ray');
  });

  it('2026: communes directly under the province each count, none as zero', () => {
    const rows = reportRows(in2026, 'quang-ngai');
    expect(rows).toEqual(['dak-choong', 'dak-glei/dak-man', 'dak-koi', 'ly-son', 'quang-ngai']);
    expect(countsUnder(in2026, 'dak-glei/dak-man', rows)).toBe('dak-glei/dak-man');
    expect(countsUnder(in2026, 'ly-son', rows)).toBe('ly-son');
    // Earlier records of merged communes, counted by today's units for comparison.
    expect(countsUnder(in2026, 'kon-ray/dak-tang', rows)).toBe('dak-koi');
  });
});

describe('accounts', () => {
  it('fits a role to its unit’s tier', () => {
    expect(roleFitsUnit(in2026, 'collaborator', 'ly-son')).toBe(true);
    expect(roleFitsUnit(in2026, 'collaborator', 'quang-ngai')).toBe(false);
    expect(roleFitsUnit(in2023, 'collaborator', 'kon-ray')).toBe(false);
    expect(roleFitsUnit(in2023, 'district', 'kon-ray')).toBe(true);
    expect(roleFitsUnit(in2026, 'province', 'quang-ngai')).toBe(true);
  });

  it('lets each role manage only the accounts below it', () => {
    const collaborator = viewer('collaborator', 'kon-ray/dak-tang');
    const peer = { ...viewer('province', 'quang-ngai'), id: 'another province account' };
    expect(mayManage(in2023, viewer('district', 'kon-ray'), collaborator)).toBe(true);
    expect(mayManage(in2023, viewer('district', 'dak-glei'), collaborator)).toBe(false);
    const colleague = { ...viewer('district', 'kon-ray'), id: 'another district account' };
    expect(mayManage(in2023, viewer('district', 'kon-ray'), colleague)).toBe(false);
    expect(mayManage(in2026, viewer('province', 'quang-ngai'), collaborator)).toBe(true);
    expect(mayManage(in2026, viewer('province', 'quang-ngai'), peer)).toBe(false);
    expect(mayManage(in2026, viewer('collaborator', 'dak-koi'), collaborator)).toBe(false);
    expect(mayManage(in2026, viewer('admin', 'quang-ngai'), peer)).toBe(true);
  });
});
