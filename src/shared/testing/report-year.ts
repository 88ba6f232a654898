// A year of Kon Rẫy's forums, small enough to count by hand: the golden fixture of the report
// tests. Every expected figure is counted in the comments beside the records and in
// src/shared/reports/report-figures.test.ts.
import type { Plan } from '../schemas/plan.ts';
import type { Submission } from '../schemas/submission.ts';
import type { Attendance, Attendee, Training } from '../schemas/training.ts';
import type { ReportInput } from '../reports/report-input.ts';
import { UnitTree } from '../units/unit-tree.ts';
import { forumData, recommendationData } from './fixtures.ts';
import { REFORMED_PROVINCE } from './unit-trees.ts';

export const PLAN_2023: Plan = {
  unitCode: 'kon-tum',
  year: 2023,
  title: 'Kế hoạch tổ chức Diễn đàn trẻ em năm 2023',
  issuer: 'Sở Lao động - Thương binh và Xã hội',
  overallTheme: 'Trẻ em tham gia xây dựng môi trường sống an toàn',
  themes: [
    { code: 'violence-abuse', title: 'Phòng, chống bạo lực, xâm hại trẻ em' },
    { code: 'injury-accident', title: 'Phòng, chống tai nạn thương tích, đuối nước' },
  ],
  deadlines: [
    {
      code: 'commune-forum',
      level: 'commune',
      title: 'Tổ chức Diễn đàn trẻ em cấp xã',
      due: '2023-05-31',
    },
    {
      code: 'district-forum',
      level: 'district',
      title: 'Tổ chức Diễn đàn trẻ em cấp huyện',
      due: '2023-06-30',
    },
    {
      code: 'district-report',
      level: 'district',
      title: 'Báo cáo kết quả Diễn đàn cấp huyện',
      due: '2023-07-10',
    },
  ],
  minimumChildren: { commune: 30, district: 40, province: 50, national: 100 },
};

const RUONG = 'kon-ray/dak-ruong';
const TANG = 'kon-ray/dak-tang';

export const FORUMS = [
  // Đăk Ruồng, held 20/5 (on time): 35 children, 18 girls, 17 boys, 20 ethnic minority, 2 special,
  // 1 disability, 5 poor, 6 adults.
  { id: 'f1', ...forumData(RUONG, { date: '2023-05-20' }) },
  // Đăk Tăng, held 2/6 (late for 31/5): 30 children, 16 girls, 14 boys, 25 ethnic, 0, 0, 3, 4 adults.
  {
    id: 'f2',
    ...forumData(TANG, {
      date: '2023-06-02',
      childrenTotal: 30,
      girls: 16,
      boys: 14,
      ethnicMinority: 25,
      specialCircumstances: 0,
      withDisabilities: 0,
      poorHouseholds: 3,
      adults: 4,
    }),
  },
  // The district's own forum, reported 25/6: 60 children, 31 girls, 29 boys, 40 ethnic, 3, 2, 8, 10.
  {
    id: 'f3',
    ...forumData('kon-ray', {
      level: 'district',
      date: '2023-06-25',
      status: 'reported',
      childrenTotal: 60,
      girls: 31,
      boys: 29,
      ethnicMinority: 40,
      specialCircumstances: 3,
      withDisabilities: 2,
      poorHouseholds: 8,
      adults: 10,
    }),
  },
  // Planned only (counted as planned, its numbers not added).
  { id: 'f4', ...forumData(TANG, { date: '2023-11-10', status: 'planned', childrenTotal: 99 }) },
  // Another year and another district: not in this report.
  { id: 'f5', ...forumData(RUONG, { date: '2022-05-20' }) },
  { id: 'f6', ...forumData('dak-glei/dak-choong', { date: '2023-05-20' }) },
];

const rec = (
  id: string,
  unitCode: string,
  overrides: Parameters<typeof recommendationData>[1],
) => ({
  id,
  ...recommendationData(unitCode, { year: 2023, ...overrides }),
});

export const RECOMMENDATIONS = [
  // Originals of 2023 in Kon Rẫy: 5.
  rec('r1', RUONG, { themeCode: 'violence-abuse', kind: 'recommendation' }),
  rec('r2', RUONG, { themeCode: 'violence-abuse', kind: 'message' }),
  rec('r3', TANG, { themeCode: 'injury-accident', kind: 'initiative' }),
  rec('r4', 'kon-ray', { themeCode: 'injury-accident', kind: 'recommendation', level: 'district' }),
  // A theme not in the 2023 plan: counted once, under "other themes", with a warning.
  rec('r5', TANG, { themeCode: 'old-theme', kind: 'recommendation' }),
  // Forwarded by the district: one copy merging r1 and r2, one copy of r3. Counted as forwarded
  // (2 copies carrying 3 originals), never again as recommendations.
  rec('c1', 'kon-ray', {
    level: 'province',
    themeCode: 'violence-abuse',
    sourceIds: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'],
  }),
  rec('c2', 'kon-ray', {
    level: 'province',
    themeCode: 'injury-accident',
    kind: 'initiative',
    sourceIds: ['00000000-0000-4000-8000-000000000003'],
  }),
  // Earlier years (section III): 2021 — one implemented, one not possible with cause and solution;
  // 2022 — one in progress, one pending, one not possible without a solution.
  rec('e1', RUONG, { year: 2021, responseStatus: 'implemented' }),
  rec('e2', TANG, {
    year: 2021,
    responseStatus: 'not-possible',
    text: 'Xây sân chơi',
    responseCause: 'Chưa có đất',
    responseSolution: 'Dùng sân trường',
  }),
  rec('e3', 'kon-ray', { year: 2022, responseStatus: 'in-progress' }),
  rec('e4', RUONG, { year: 2022, responseStatus: 'pending' }),
  rec('e5', TANG, {
    year: 2022,
    responseStatus: 'not-possible',
    text: 'Lắp đèn đường',
    responseCause: 'Thiếu kinh phí',
    responseSolution: '',
  }),
  // Another district: in no figure of this report.
  rec('x1', 'dak-glei/dak-choong', { themeCode: 'violence-abuse' }),
];

const training = (id: string, unitCode: string, date: string): Training & { id: string } => ({
  id,
  unitCode,
  date,
  endDate: null,
  place: 'Nhà văn hóa',
  topic: 'Kỹ năng tham gia',
  trainer: 'Cán bộ huyện',
  audiences: ['children', 'adults'],
});

export const TRAININGS = [
  training('t1', 'kon-ray', '2023-04-10'),
  training('t2', RUONG, '2023-04-15'),
  // 2022: not this year's.
  training('t3', RUONG, '2022-04-15'),
];

const person = (
  id: string,
  trainingId: string,
  role: Attendee['role'],
  gender: Attendee['gender'],
  guardianConsent: boolean | null = null,
): Attendee & { id: string } => ({
  id,
  trainingId,
  unitCode: RUONG,
  name: `Người ${id}`,
  role,
  gender,
  birthYear: role === 'child' ? 2010 : null,
  ethnicity: '',
  guardianConsent,
  consentDate: guardianConsent ? '2023-04-10' : null,
});

// t1: 2 girls (one with consent), 1 boy (consent), 1 woman official. t2: 1 girl (no consent),
// 1 male adult. t3 (2022): 1 boy, not counted. Present: a1, a3, a5, a6 — a2 and a4 never ticked.
export const ATTENDEES = [
  person('a1', 't1', 'child', 'female', true),
  person('a2', 't1', 'child', 'female', false),
  person('a3', 't1', 'child', 'male', true),
  person('a4', 't1', 'official', 'female'),
  person('a5', 't2', 'child', 'female', null),
  person('a6', 't2', 'adult', 'male'),
  person('a7', 't3', 'child', 'male', true),
];

const presence = (attendeeId: string, trainingId: string, day: string, present: boolean) => ({
  id: `${attendeeId}:${day}`,
  attendeeId,
  trainingId,
  unitCode: RUONG,
  day,
  present,
});

export const ATTENDANCE: (Attendance & { id: string })[] = [
  presence('a1', 't1', '2023-04-10', true),
  presence('a2', 't1', '2023-04-10', false),
  presence('a3', 't1', '2023-04-10', true),
  presence('a5', 't2', '2023-04-15', true),
  presence('a6', 't2', '2023-04-15', true),
  presence('a7', 't3', '2022-04-15', true),
];

/** Kon Rẫy sent its report on 12/7 (late for 10/7); Đăk Glei sent none. */
export const SUBMISSIONS: (Submission & { id: string })[] = [
  {
    id: 'kon-ray@2023',
    unitCode: 'kon-ray',
    year: 2023,
    level: 'district',
    status: 'submitted',
    firstSubmittedAt: '2023-07-12T08:00:00.000Z',
    submittedAt: '2023-07-12T08:00:00.000Z',
    submittedBy: 'district-user',
    figures: {},
    note: '',
    reviewedAt: null,
    reviewedBy: null,
    reviewComment: '',
    steps: [],
  },
];

export function konRay2023(today = '2023-12-31'): ReportInput {
  return {
    tree: new UnitTree(REFORMED_PROVINCE, '2023-12-31'),
    area: 'kon-ray',
    year: 2023,
    today,
    plan: PLAN_2023,
    forums: FORUMS,
    recommendations: RECOMMENDATIONS,
    trainings: TRAININGS,
    attendees: ATTENDEES,
    attendance: ATTENDANCE,
    submissions: SUBMISSIONS,
  };
}

/** A report's input holding no records but those given: for a test or a bench of one part of it. */
export function reportInputOf(
  input: Pick<ReportInput, 'tree' | 'area' | 'year' | 'today' | 'plan'> & Partial<ReportInput>,
): ReportInput {
  return {
    forums: [],
    recommendations: [],
    trainings: [],
    attendees: [],
    attendance: [],
    submissions: [],
    ...input,
  };
}
