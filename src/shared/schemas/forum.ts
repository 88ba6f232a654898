import { z } from 'zod/mini';
import { code, count, isoDate, level, text } from './fields.ts';

export const FORUM_STATUSES = ['planned', 'held', 'reported'] as const;

/**
 * A forum session. Children are counted, never listed: there is deliberately no field for names.
 * Counts are flat fields so that two devices editing different counts both keep their edit.
 */
export const forumSchema = z.strictObject({
  planId: code(),
  level: level(),
  unitCode: code(),
  date: isoDate(),
  venue: text(300),
  organiser: text(300),
  status: z.enum(FORUM_STATUSES, { error: 'Chọn trạng thái' }),
  childrenTotal: count(),
  girls: count(),
  boys: count(),
  ethnicMinority: count(),
  specialCircumstances: count(),
  withDisabilities: count(),
  poorHouseholds: count(),
  adults: count(),
});
export type Forum = z.infer<typeof forumSchema>;
export type ForumStatus = (typeof FORUM_STATUSES)[number];

/** The forum's head counts, each zero: a new forum, or a report row before forums are added. */
export const NO_ONE_COUNTED = {
  childrenTotal: 0,
  girls: 0,
  boys: 0,
  ethnicMinority: 0,
  specialCircumstances: 0,
  withDisabilities: 0,
  poorHouseholds: 0,
  adults: 0,
} as const satisfies Partial<Forum>;

/** A warning's Vietnamese template and the figures for its {placeholders}. */
export interface ForumWarning {
  message: string;
  values?: Record<string, number>;
}

/** Warnings, not errors: a forum may legitimately be smaller than the plan asks. */
export function forumWarnings(forum: Forum, minimum: number | undefined): ForumWarning[] {
  const warnings: ForumWarning[] = [];
  if (minimum !== undefined && forum.childrenTotal < minimum) {
    warnings.push({
      message: 'Số trẻ em ({n}) ít hơn mức tối thiểu của kế hoạch ({min}).',
      values: { n: forum.childrenTotal, min: minimum },
    });
  }
  if (forum.girls + forum.boys > forum.childrenTotal) {
    warnings.push({ message: 'Số trẻ em gái và trai cộng lại lớn hơn tổng số trẻ em.' });
  }
  const parts = [
    forum.ethnicMinority,
    forum.specialCircumstances,
    forum.withDisabilities,
    forum.poorHouseholds,
  ];
  if (parts.some((part) => part > forum.childrenTotal)) {
    warnings.push({ message: 'Có nhóm trẻ em lớn hơn tổng số trẻ em.' });
  }
  return warnings;
}
