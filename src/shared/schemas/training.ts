import { z } from 'zod/mini';
import { code, isoDate, text, uuid, year } from './fields.ts';

export const AUDIENCES = ['children', 'adults', 'collaborators', 'officials'] as const;
export const ATTENDEE_ROLES = ['child', 'adult', 'collaborator', 'official'] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

export const trainingSchema = z.strictObject({
  unitCode: code(),
  date: isoDate(),
  endDate: z.nullable(isoDate()),
  place: text(300),
  topic: text(500),
  trainer: text(200),
  audiences: z.array(z.enum(AUDIENCES)).check(z.minLength(1, 'Chọn ít nhất một đối tượng')),
});
export type Training = z.infer<typeof trainingSchema>;

/**
 * A person on a training's attendance sheet: the only place a child is named. A child's name stays
 * within the child's district (enforced by the server's redaction and by every export).
 */
export const attendeeSchema = z.strictObject({
  trainingId: uuid(),
  unitCode: code(),
  name: text(200),
  role: z.enum(ATTENDEE_ROLES, { error: 'Chọn vai trò' }),
  gender: z.enum(['female', 'male', 'other'], { error: 'Chọn giới tính' }),
  birthYear: z.nullable(year()),
  ethnicity: text(100, false),
  guardianConsent: z.nullable(z.boolean()),
  consentDate: z.nullable(isoDate()),
});
export type Attendee = z.infer<typeof attendeeSchema>;

/** One day's presence of one attendee; its own record so two devices marking days never clash. */
export const attendanceSchema = z.strictObject({
  attendeeId: uuid(),
  trainingId: uuid(),
  unitCode: code(),
  day: isoDate(),
  present: z.boolean(),
});
export type Attendance = z.infer<typeof attendanceSchema>;

/** What staff outside a child's district see in place of the child's name. */
export const REDACTED_NAME = '(ẩn tên trẻ em)';
