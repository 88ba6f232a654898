// Golden tests: every figure of Kon Rẫy's 2023 report against a hand count of the fixture in
// src/shared/testing/report-year.ts (the counts are written beside its records).
import { describe, expect, it } from 'vitest';
import { forumData, recommendationData } from '../testing/fixtures.ts';
import { konRay2023, PLAN_2023 } from '../testing/report-year.ts';
import { REFORMED_PROVINCE } from '../testing/unit-trees.ts';
import { UnitTree } from '../units/unit-tree.ts';
import { completeness } from './completeness.ts';
import { reportFigures } from './report-figures.ts';
import { reportDay } from './report-input.ts';

const figures = reportFigures(konRay2023());

describe('I. forums and children (Kon Rẫy, 2023)', () => {
  it('counts each forum once, under its commune or the district itself', () => {
    expect(figures.forums.rows.map((row) => [row.unitCode, row.held, row.planned])).toEqual([
      ['kon-ray/dak-ruong', 1, 0],
      ['kon-ray/dak-tang', 1, 1],
      ['kon-ray', 1, 0],
    ]);
  });

  it('adds the children of held forums only, girls and boys both', () => {
    expect(figures.forums.total).toMatchObject({
      held: 3,
      planned: 1,
      childrenTotal: 125,
      girls: 65,
      boys: 60,
      ethnicMinority: 85,
      specialCircumstances: 5,
      withDisabilities: 3,
      poorHouseholds: 16,
      adults: 20,
    });
  });
});

describe('II. what children said', () => {
  it('counts each recommendation once; forwarded copies as forwarded, never as new', () => {
    expect(figures.recommendations.total.total).toBe(5);
    expect(figures.recommendations.total.byKind).toEqual({
      recommendation: 3,
      initiative: 1,
      message: 1,
    });
    expect(figures.recommendations.forwarded).toEqual({ copies: 2, sources: 3 });
    expect(figures.recommendations.byRow).toEqual({
      'kon-ray/dak-ruong': 2,
      'kon-ray/dak-tang': 2,
      'kon-ray': 1,
    });
  });

  it('puts a theme outside the plan under "other themes", with a warning', () => {
    expect(figures.recommendations.themes.map((theme) => [theme.themeCode, theme.total])).toEqual([
      ['violence-abuse', 2],
      ['injury-accident', 2],
      ['(other)', 1],
    ]);
    expect(figures.warnings[0]).toContain('"old-theme"');
  });
});

describe('III. how earlier recommendations were answered', () => {
  it('covers every earlier year, by year and answer', () => {
    expect(figures.followUp.years.map((year) => [year.year, year.total, year.byStatus])).toEqual([
      [2021, 2, { pending: 0, implemented: 1, 'in-progress': 0, 'not-possible': 1 }],
      [2022, 3, { pending: 1, implemented: 0, 'in-progress': 1, 'not-possible': 1 }],
    ]);
    expect(figures.followUp.total.total).toBe(5);
  });

  it('lists what is not yet possible with cause and solution, and flags a missing solution', () => {
    expect(figures.followUp.notPossible.map((r) => [r.year, r.text, r.responseSolution])).toEqual([
      [2021, 'Xây sân chơi', 'Dùng sân trường'],
      [2022, 'Lắp đèn đường', ''],
    ]);
    expect(figures.followUp.missingSolution).toBe(1);
    expect(figures.warnings).toContain('1 kiến nghị "chưa thể thực hiện" chưa nêu giải pháp.');
  });
});

describe('IV. deadlines, unit by unit', () => {
  it('says which units met each deadline, which were late and which are missing', () => {
    expect(
      figures.deadlines.map((row) => [row.code, row.units.map((u) => [u.unitCode, u.state, u.on])]),
    ).toEqual([
      [
        'commune-forum',
        [
          ['kon-ray/dak-ruong', 'met', '2023-05-20'],
          ['kon-ray/dak-tang', 'late', '2023-06-02'],
        ],
      ],
      ['district-forum', [['kon-ray', 'met', '2023-06-25']]],
      ['district-report', [['kon-ray', 'late', '2023-07-12']]],
    ]);
  });

  it('keeps a deadline open until its day, then calls it missing', () => {
    const early = reportFigures({ ...konRay2023('2023-05-01'), forums: [], submissions: [] });
    expect(early.deadlines[0]?.counts).toEqual({ met: 0, late: 0, missing: 0, open: 2 });
    const after = reportFigures({ ...konRay2023('2023-06-15'), forums: [], submissions: [] });
    expect(after.deadlines[0]?.counts).toEqual({ met: 0, late: 0, missing: 2, open: 0 });
  });

  it('dates a report due within N days from the unit’s own forum', () => {
    const plan = {
      ...PLAN_2023,
      deadlines: [
        {
          code: 'commune-report',
          level: 'commune' as const,
          kind: 'report' as const,
          title: 'Báo cáo kết quả Diễn đàn cấp xã',
          due: '2023-12-31',
          withinDays: 15,
        },
      ],
    };
    const sent = {
      ...konRay2023().submissions[0]!,
      id: 'kon-ray/dak-ruong@2023',
      unitCode: 'kon-ray/dak-ruong',
      level: 'commune' as const,
      firstSubmittedAt: '2023-06-10T00:00:00.000Z',
    };
    const result = reportFigures({ ...konRay2023(), plan, submissions: [sent] });
    expect(result.deadlines[0]?.units).toEqual([
      {
        unitCode: 'kon-ray/dak-ruong',
        name: 'Xã Đăk Ruồng',
        state: 'late',
        on: '2023-06-10',
        due: '2023-06-04',
      },
      {
        unitCode: 'kon-ray/dak-tang',
        name: 'Xã Đăk Tăng',
        state: 'missing',
        on: null,
        due: '2023-06-17',
      },
    ]);
  });
});

describe('V. trainings', () => {
  it('counts this year’s trainings and their people by role and gender, children unnamed', () => {
    const { trainings } = figures;
    expect(trainings.trainings).toBe(2);
    expect(trainings.attendees).toBe(6);
    expect(trainings.present).toBe(4);
    expect(trainings.childrenWithConsent).toBe(2);
    expect(trainings.byRole.child).toEqual({
      total: 4,
      present: 3,
      byGender: { female: 3, male: 1, other: 0 },
    });
    expect(trainings.byRole.official.byGender.female).toBe(1);
    expect(trainings.byRole.adult).toMatchObject({ total: 1, present: 1 });
    expect(JSON.stringify(trainings)).not.toContain('Người a');
  });
});

describe('the province and the years after the reform', () => {
  it('2023: the province counts by district, every recommendation once', () => {
    const province = reportFigures({ ...konRay2023(), area: 'kon-tum' });
    expect(province.forums.rows.map((row) => [row.unitCode, row.held])).toEqual([
      ['dak-glei', 1],
      ['kon-ray', 3],
      ['kon-tum', 0],
    ]);
    expect(province.recommendations.total.total).toBe(6);
    expect(province.recommendations.byRow).toEqual({ 'dak-glei': 1, 'kon-ray': 5, 'kon-tum': 0 });
  });

  it('2026: communes directly under the province each have a row, none counts zero', () => {
    const tree = new UnitTree(REFORMED_PROVINCE, reportDay(2026, '2026-12-02'));
    const result = reportFigures({
      ...konRay2023(),
      tree,
      area: 'quang-ngai',
      year: 2026,
      today: '2026-12-02',
      plan: { ...PLAN_2023, year: 2026, deadlines: [] },
      forums: [
        { id: 'n1', ...forumData('dak-glei/dak-man', { date: '2026-05-02' }) },
        {
          id: 'n2',
          ...forumData('ly-son', { date: '2026-05-03', childrenTotal: 40, girls: 22, boys: 18 }),
        },
      ],
      recommendations: [
        { id: 'n3', ...recommendationData('dak-koi', { year: 2026 }) },
        // Made in 2025 at a commune that has since merged: counted for 2025, not here.
        { id: 'n4', ...recommendationData('kon-ray/dak-ruong', { year: 2025 }) },
      ],
    });
    expect(result.forums.rows.map((row) => [row.unitCode, row.held, row.childrenTotal])).toEqual([
      ['dak-choong', 0, 0],
      ['dak-glei/dak-man', 1, 35],
      ['dak-koi', 0, 0],
      ['ly-son', 1, 40],
      ['quang-ngai', 0, 0],
    ]);
    expect(result.recommendations.byRow['dak-koi']).toBe(1);
    expect(result.followUp.total.total).toBe(1);
  });
});

describe('reports sent up: completeness and timeliness', () => {
  it('lists each unit that owes a report, with its state and review', () => {
    const result = completeness({ ...konRay2023(), area: 'kon-tum' });
    expect(result.rows.map((row) => [row.unitCode, row.state, row.sentOn, row.review])).toEqual([
      ['dak-glei', 'missing', null, null],
      ['kon-ray', 'late', '2023-07-12', 'submitted'],
    ]);
    expect(result.sent).toBe(0.5);
    expect(result.onTime).toBe(0);
  });
});
