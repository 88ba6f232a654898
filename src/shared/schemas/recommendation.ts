import { z } from 'zod/mini';
import { code, isoDate, level, text, uuid, year } from './fields.ts';

export const RECOMMENDATION_KINDS = ['recommendation', 'initiative', 'message'] as const;
export const RESPONSE_STATUSES = ['pending', 'implemented', 'in-progress', 'not-possible'] as const;
export const AGE_BANDS = ['under-10', '10-12', '13-15', '16-17'] as const;
export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * A child's recommendation, initiative or message. The speaker is described by age band and gender
 * only: nothing here may identify the child.
 */
export const recommendationSchema = z.strictObject({
  planId: z.nullable(code()),
  forumId: z.nullable(uuid()),
  unitCode: code(),
  level: level(),
  year: year(),
  themeCode: code(),
  kind: z.enum(RECOMMENDATION_KINDS, { error: 'Chọn loại' }),
  text: text(4000),
  addressee: text(300, false),
  speakerAgeBand: z.nullable(z.enum(AGE_BANDS, { error: 'Độ tuổi không hợp lệ' })),
  speakerGender: z.nullable(z.enum(GENDERS, { error: 'Giới tính không hợp lệ' })),
  responseStatus: z.enum(RESPONSE_STATUSES, { error: 'Chọn kết quả' }),
  responseText: text(4000, false),
  responseCause: text(2000, false),
  responseSolution: text(2000, false),
  respondedAt: z.nullable(isoDate()),
  forwardedTo: z.nullable(level()),
  sourceIds: z.array(uuid()).check(z.maxLength(200)),
  /** Why a recommendation entered by hand is tied to no forum (a meeting, a letter, a visit). */
  noForumReason: z.optional(text(300, false)),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

/** A recommendation as it is first written down: not yet answered, forwarded or merged. */
export const NOT_YET_ANSWERED = {
  responseStatus: 'pending',
  responseText: '',
  responseCause: '',
  responseSolution: '',
  respondedAt: null,
  forwardedTo: null,
  sourceIds: [],
} as const satisfies Partial<Recommendation>;
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** What `recommendation.respond` may change: the agency's answer and nothing else. */
export const recommendationResponseSchema = z.strictObject({
  responseStatus: recommendationSchema.shape.responseStatus,
  responseText: recommendationSchema.shape.responseText,
  responseCause: recommendationSchema.shape.responseCause,
  responseSolution: recommendationSchema.shape.responseSolution,
  respondedAt: recommendationSchema.shape.respondedAt,
});
export type RecommendationResponse = z.infer<typeof recommendationResponseSchema>;

/**
 * Rules across fields, checked on the whole record (a patch alone cannot tell): a recommendation
 * that cannot be met yet says why and what will be done about it.
 */
export function recommendationRules(
  r: Pick<Recommendation, 'responseStatus' | 'responseCause' | 'responseSolution'>,
) {
  if (r.responseStatus !== 'not-possible') return [];
  return [
    ...(r.responseCause.trim() === ''
      ? [{ path: ['responseCause'], message: 'Cần nêu nguyên nhân chưa thể thực hiện' }]
      : []),
    ...(r.responseSolution.trim() === ''
      ? [{ path: ['responseSolution'], message: 'Cần nêu giải pháp' }]
      : []),
  ];
}
