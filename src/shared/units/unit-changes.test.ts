import { describe, expect, it } from 'vitest';
import { REFORMED_PROVINCE } from '../testing/unit-trees.ts';
import {
  createUnit,
  dayBefore,
  editUnit,
  endUnits,
  UnitChangeError,
  type FullUnit,
} from './unit-changes.ts';
import { UnitTree } from './unit-tree.ts';

const units = REFORMED_PROVINCE.map((unit) => ({ retired: false, ...unit })) as FullUnit[];
const find = (code: string) => {
  const unit = units.find((candidate) => candidate.id === code);
  if (!unit) throw new Error(code);
  return unit;
};
const problem = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof UnitChangeError) return error.problems[0]?.message;
    throw error;
  }
  return undefined;
};

describe('unit changes', () => {
  it('knows the day before a date, across months and leap years', () => {
    const days = ['2025-07-01', '2024-03-01', '2026-01-01'];
    expect(days.map((day) => dayBefore(day))).toEqual(['2025-06-30', '2024-02-29', '2025-12-31']);
  });

  it('renames from a date and keeps the earlier name for the years before', () => {
    const patch = editUnit(units, find('dak-koi'), {
      effective: '2026-09-01',
      name: 'Xã Đăk Kôi Mới',
    });
    const changed = units.map((unit) => (unit.id === 'dak-koi' ? { ...unit, ...patch } : unit));
    expect(new UnitTree(changed, '2026-08-31').get('dak-koi')?.name).toBe('Xã Đăk Kôi');
    expect(new UnitTree(changed, '2026-09-01').get('dak-koi')?.name).toBe('Xã Đăk Kôi Mới');
  });

  it('corrects a name without history when no date is given', () => {
    expect(
      editUnit(units, find('ly-son'), { effective: null, name: 'Đặc khu Lý Sơn (sửa)' }),
    ).toEqual({
      name: 'Đặc khu Lý Sơn (sửa)',
      type: 'special-zone',
      parentCode: 'quang-ngai',
    });
  });

  it('refuses a parent at the same tier, below the unit, or missing on the day', () => {
    expect(
      problem(() => editUnit(units, find('dak-koi'), { effective: null, parentCode: 'ly-son' })),
    ).toMatch(/cấp cao hơn/);
    expect(
      problem(() =>
        editUnit(units, find('dak-koi'), { effective: '2026-02-01', parentCode: 'kon-tum' }),
      ),
    ).toMatch(/không tồn tại/);
    expect(
      problem(() =>
        createUnit(units, {
          code: 'x',
          name: 'X',
          type: 'commune',
          level: 'commune',
          parentCode: null,
          validFrom: null,
        }),
      ),
    ).toMatch(/cấp trên/);
  });

  it('refuses an effective date before the last change', () => {
    expect(
      problem(() =>
        editUnit(units, find('dak-glei/dak-man'), { effective: '2024-01-01', name: 'Cũ' }),
      ),
    ).toMatch(/sau lần thay đổi trước/);
  });

  it('merges: the sources end the day before, naming the unit that carries them on', () => {
    const patches = endUnits(
      units,
      ['dak-koi', 'dak-choong'],
      '2027-01-01',
      ['ly-son'],
      '2026-12-02',
    );
    expect(patches.get('dak-koi')).toEqual({
      validTo: '2026-12-31',
      successors: ['ly-son'],
      retired: false,
    });
    const merged = units.map((unit) => ({ ...unit, ...patches.get(unit.id) }));
    const tree = new UnitTree(merged, '2027-06-01');
    expect(tree.currentUnitsOf('kon-ray/dak-ruong')).toEqual(['ly-son']);
  });

  it('refuses to dissolve a unit that still has units under it, unless one unit takes them over', () => {
    const withChild = [
      ...units,
      {
        ...find('dak-koi'),
        id: 'dak-koi/thon-1',
        parentCode: 'dak-koi',
        level: 'commune' as const,
      },
    ];
    expect(problem(() => endUnits(withChild, ['dak-koi'], '2027-01-01', [], '2026-12-02'))).toMatch(
      /trực thuộc/,
    );
    expect(endUnits(withChild, ['dak-koi'], '2027-01-01', ['ly-son'], '2026-12-02').size).toBe(1);
  });
});
