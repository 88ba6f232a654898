// Valid records for tests on either side: one place, so a schema change updates every test.
import type { Forum } from '../schemas/forum.ts';
import { NOT_YET_ANSWERED, type Recommendation } from '../schemas/recommendation.ts';

export function forumData(unitCode: string, overrides: Partial<Forum> = {}): Forum {
  return {
    planId: 'kon-tum-2023',
    level: 'commune',
    unitCode,
    date: '2023-05-20',
    venue: 'Nhà văn hóa thôn 1',
    organiser: 'UBND xã',
    status: 'held',
    childrenTotal: 35,
    girls: 18,
    boys: 17,
    ethnicMinority: 20,
    specialCircumstances: 2,
    withDisabilities: 1,
    poorHouseholds: 5,
    adults: 6,
    ...overrides,
  };
}

export function recommendationData(
  unitCode: string,
  overrides: Partial<Recommendation> = {},
): Recommendation {
  return {
    planId: 'kon-tum-2023',
    forumId: null,
    unitCode,
    level: 'commune',
    year: 2023,
    themeCode: 'injury-accident',
    kind: 'recommendation',
    text: 'Đề nghị xây rào chắn quanh hồ nước gần trường học để phòng đuối nước.',
    addressee: 'UBND xã',
    speakerAgeBand: '13-15',
    speakerGender: 'female',
    ...NOT_YET_ANSWERED,
    ...overrides,
  };
}
