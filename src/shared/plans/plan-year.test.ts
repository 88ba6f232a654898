import { describe, expect, it } from 'vitest';
import { PLAN_2023 } from '../testing/report-year.ts';
import { copyPlan, newThemeCode, planOfYear, shiftYear, themeProblems } from './plan-year.ts';

describe('a new year from last year’s plan', () => {
  it('shifts every date by the years between, 29 February included', () => {
    expect(shiftYear('2023-06-30', 1)).toBe('2024-06-30');
    expect(shiftYear('2024-02-29', 1)).toBe('2025-02-28');
    expect(shiftYear('2023-02-28', 1)).toBe('2024-02-28');
  });

  it('copies themes with their codes and deadlines a year later, without the document', () => {
    const next = copyPlan({ ...PLAN_2023, documentNumber: '12/KH-SLĐTBXH' }, 2024, 'kon-tum');
    expect(next.year).toBe(2024);
    expect(next.title).toBe('Kế hoạch tổ chức Diễn đàn trẻ em năm 2024');
    expect(next.themes.map((theme) => theme.code)).toEqual(
      PLAN_2023.themes.map((theme) => theme.code),
    );
    expect(next.deadlines.map((deadline) => deadline.due)).toEqual([
      '2024-05-31',
      '2024-06-30',
      '2024-07-10',
    ]);
    expect(next.documentNumber).toBe('');
  });

  it('leaves retired themes behind', () => {
    const plan = {
      ...PLAN_2023,
      themes: [...PLAN_2023.themes, { code: 'old', title: 'Cũ', retired: true }],
    };
    expect(copyPlan(plan, 2024, 'kon-tum').themes.map((theme) => theme.code)).not.toContain('old');
  });
});

describe('theme identity', () => {
  it('keeps a reworded theme’s code, so its recommendations stay with it', () => {
    const reworded = PLAN_2023.themes.map((theme, index) =>
      index === 0 ? { ...theme, title: 'Phòng, chống bạo lực và xâm hại' } : theme,
    );
    expect(themeProblems(PLAN_2023.themes, reworded, new Set(['violence-abuse']))).toEqual([]);
  });

  it('refuses to remove a theme that has recommendations, and allows one that has none', () => {
    const without = PLAN_2023.themes.slice(1);
    expect(themeProblems(PLAN_2023.themes, without, new Set(['violence-abuse']))).toHaveLength(1);
    expect(themeProblems(PLAN_2023.themes, without, new Set())).toEqual([]);
  });

  it('makes a new theme a code of its own, from its words', () => {
    expect(newThemeCode(PLAN_2023.themes, 'Trẻ em với sức khỏe tâm thần')).toBe('tre-em-voi-suc');
    expect(newThemeCode([{ code: 'tre-em-voi-suc', title: 'x' }], 'Trẻ em với sức khỏe')).toBe(
      'tre-em-voi-suc-2',
    );
  });

  it('finds the plan of a year, or the newest before it', () => {
    const plans = [{ year: 2023 }, { year: 2026 }, { year: 2027 }];
    expect(planOfYear(plans, 2026)?.year).toBe(2026);
    expect(planOfYear(plans, 2025)?.year).toBe(2023);
  });
});

describe('a plan copied into a year without districts (the 2025 reform)', () => {
  const twoTier = new Set(['province', 'commune'] as const);

  it('turns the district forum into the commune’s and the district report into the 15-day commune report', () => {
    const next = copyPlan(PLAN_2023, 2026, 'quang-ngai', twoTier);
    expect(next.deadlines.some((deadline) => deadline.level === 'district')).toBe(false);
    const report = next.deadlines.find((deadline) => deadline.code === 'commune-report');
    expect(report).toMatchObject({ level: 'commune', kind: 'report', withinDays: 15 });
    expect(report?.due).toBe(
      shiftYear(PLAN_2023.deadlines.find((d) => d.code === 'district-report')?.due ?? '', 3),
    );
    // The commune forum deadline the plan already had is kept, not doubled.
    expect(next.deadlines.filter((deadline) => deadline.code === 'commune-forum')).toHaveLength(1);
    expect(next.deadlines.map((deadline) => deadline.code)).toEqual([
      'commune-forum',
      'commune-report',
    ]);
  });

  it('leaves a three-level year’s deadlines as they were', () => {
    const next = copyPlan(PLAN_2023, 2024, 'kon-tum', new Set(['province', 'district', 'commune']));
    expect(next.deadlines.map((deadline) => deadline.code)).toEqual(
      PLAN_2023.deadlines.map((deadline) => deadline.code),
    );
  });
});
