// Reminders against a hand count: Kon Rẫy (two communes, Đăk Ruồng and Đăk Tăng) on 20 June 2023.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../schemas/plan.ts';
import { forumData } from '../testing/fixtures.ts';
import { PLAN_2023 } from '../testing/report-year.ts';
import { REFORMED_PROVINCE } from '../testing/unit-trees.ts';
import { UnitTree } from '../units/unit-tree.ts';
import { remindersFor, type ReminderInput } from './reminders.ts';

const PLAN: Plan = {
  ...PLAN_2023,
  deadlines: [
    // Due 31/5: Đăk Ruồng held its forum on 20/5 (met); Đăk Tăng has held none (late).
    { code: 'commune-forum', level: 'commune', title: 'Diễn đàn cấp xã', due: '2023-05-31' },
    // Due 30/6, ten days ahead: the district has not held it yet (soon).
    { code: 'district-forum', level: 'district', title: 'Diễn đàn cấp huyện', due: '2023-06-30' },
    // Due 31/7, beyond 14 days: not yet a reminder.
    { code: 'district-report', level: 'district', title: 'Báo cáo', due: '2023-07-31' },
  ],
};

const input = (area: string): ReminderInput => ({
  tree: new UnitTree(REFORMED_PROVINCE, '2023-06-20'),
  area,
  year: 2023,
  today: '2023-06-20',
  plan: PLAN,
  forums: [
    { id: 'held', ...forumData('kon-ray/dak-ruong', { date: '2023-05-20' }) },
    // Planned for 25/6 in Đăk Tăng (soon) and for 1/6 at the district, never updated (late).
    {
      id: 'coming',
      ...forumData('kon-ray/dak-tang', { date: '2023-06-25', status: 'planned', venue: 'Thôn 2' }),
    },
    {
      id: 'forgotten',
      ...forumData('kon-ray', { date: '2023-06-01', status: 'planned', venue: 'Hội trường' }),
    },
  ],
  submissions: [],
});

describe('reminders', () => {
  it('shows a district its own deadline ahead, its communes that are late and its planned forums', () => {
    expect(
      remindersFor(input('kon-ray')).map((r) => [r.kind, r.title, r.due, r.state, r.n]),
    ).toEqual([
      ['below', 'Diễn đàn cấp xã', '2023-05-31', 'late', 1],
      ['forum', 'Hội trường', '2023-06-01', 'late', 1],
      ['forum', 'Thôn 2', '2023-06-25', 'soon', 1],
      ['deadline', 'Diễn đàn cấp huyện', '2023-06-30', 'soon', 1],
    ]);
  });

  it('shows a commune only its own deadlines and forums', () => {
    expect(remindersFor(input('kon-ray/dak-tang')).map((r) => [r.kind, r.due, r.state])).toEqual([
      ['deadline', '2023-05-31', 'late'],
      ['forum', '2023-06-25', 'soon'],
    ]);
    expect(remindersFor(input('kon-ray/dak-ruong'))).toEqual([]);
  });

  it('counts a deadline met once the unit has held its forum', () => {
    const met = input('kon-ray');
    met.forums = [
      ...met.forums,
      { id: 'd', ...forumData('kon-ray', { level: 'district', date: '2023-06-15' }) },
    ];
    expect(remindersFor(met).some((r) => r.title === 'Diễn đàn cấp huyện')).toBe(false);
  });
});
