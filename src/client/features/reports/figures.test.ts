import { describe, expect, it } from 'vitest';
import { forumData, recommendationData } from '../../../shared/testing/fixtures.ts';
import type { Forum } from '../../../shared/schemas/forum.ts';
import type { Recommendation } from '../../../shared/schemas/recommendation.ts';
import { reportFigures } from './figures.ts';

const plan = {
  themes: [
    { code: 'violence-abuse', title: 'Bạo lực, xâm hại' },
    { code: 'online-safety', title: 'Môi trường mạng' },
  ],
  deadlines: [
    {
      code: 'district-forum',
      level: 'district' as const,
      title: 'Diễn đàn cấp huyện',
      due: '2023-06-30',
    },
    { code: 'district-report', level: 'district' as const, title: 'Báo cáo', due: '2023-06-30' },
    {
      code: 'province-forum',
      level: 'province' as const,
      title: 'Diễn đàn cấp tỉnh',
      due: '2023-07-15',
    },
  ],
};
const forum = (unitCode: string, over: Partial<Forum> = {}) =>
  ({ ...forumData(unitCode), ...over }) as Forum;
const rec = (over: Partial<Recommendation>) =>
  ({ ...recommendationData('dak-ha/dak-la'), ...over }) as Recommendation;

const units = [
  { id: 'dak-ha', name: 'Huyện Đắk Hà' },
  { id: 'dak-ha/dak-la', name: 'Xã Đắk La' },
  { id: 'dak-ha/ha-mon', name: 'Xã Hà Mòn' },
];

describe('reportFigures', () => {
  const forums = [
    forum('dak-ha/dak-la', { childrenTotal: 35, girls: 18, boys: 17, ethnicMinority: 20 }),
    forum('dak-ha/ha-mon', {
      status: 'reported',
      childrenTotal: 40,
      girls: 22,
      boys: 18,
      ethnicMinority: 31,
    }),
    forum('dak-ha/ha-mon', {
      status: 'planned',
      childrenTotal: 0,
      girls: 0,
      boys: 0,
      ethnicMinority: 0,
    }),
    forum('dak-ha', {
      level: 'district',
      date: '2023-06-20',
      childrenTotal: 60,
      girls: 30,
      boys: 30,
      ethnicMinority: 40,
    }),
  ];
  const recommendations = [
    rec({ themeCode: 'violence-abuse', kind: 'recommendation', responseStatus: 'implemented' }),
    rec({ themeCode: 'violence-abuse', kind: 'initiative', responseStatus: 'pending' }),
    rec({ themeCode: 'online-safety', kind: 'message', responseStatus: 'not-possible' }),
    rec({ themeCode: 'online-safety', kind: 'recommendation', responseStatus: 'in-progress' }),
    rec({ themeCode: 'online-safety', kind: 'recommendation', responseStatus: 'in-progress' }),
  ];
  const figures = reportFigures({ forums, recommendations, units, plan, today: '2023-07-01' });

  it('counts each forum once, for its own unit, and planned ones apart from held ones', () => {
    const byUnit = Object.fromEntries(figures.units.map((u) => [u.unitCode, u]));
    expect(byUnit['dak-ha']).toMatchObject({ held: 1, planned: 0, children: 60 });
    expect(byUnit['dak-ha/dak-la']).toMatchObject({ held: 1, planned: 0, children: 35, girls: 18 });
    expect(byUnit['dak-ha/ha-mon']).toMatchObject({
      held: 1,
      reported: 1,
      planned: 1,
      children: 40,
    });
  });

  it('makes the totals the sums of the rows, and of the records', () => {
    for (const field of [
      'held',
      'planned',
      'children',
      'girls',
      'boys',
      'ethnicMinority',
    ] as const) {
      expect(figures.total[field]).toBe(figures.units.reduce((sum, u) => sum + u[field], 0));
    }
    expect(figures.total.children).toBe(35 + 40 + 60);
    expect(figures.recommendations).toBe(recommendations.length);
    expect(figures.themes.reduce((sum, t) => sum + t.total, 0)).toBe(recommendations.length);
  });

  it('splits each theme by kind and by the answer it got', () => {
    const online = figures.themes.find((t) => t.themeCode === 'online-safety');
    expect(online?.byKind).toEqual({ recommendation: 2, initiative: 0, message: 1 });
    expect(online?.byStatus).toEqual({
      pending: 0,
      implemented: 0,
      'in-progress': 2,
      'not-possible': 1,
    });
    for (const theme of figures.themes) {
      expect(Object.values(theme.byKind).reduce((a, b) => a + b, 0)).toBe(theme.total);
      expect(Object.values(theme.byStatus).reduce((a, b) => a + b, 0)).toBe(theme.total);
    }
  });

  it('says which deadlines were met, missed or still open', () => {
    expect(figures.deadlines.map((d) => [d.code, d.state])).toEqual([
      ['district-forum', 'met'],
      ['district-report', 'missed'],
      ['province-forum', 'open'],
    ]);
  });
});
