import { z } from 'zod/mini';
import { code, text, year } from './fields.ts';

export const ACTIVITY_STATUSES = ['not-started', 'in-progress', 'done'] as const;

/** An activity of the steering committee's yearly work programme (Chương trình công tác). */
export const activitySchema = z.strictObject({
  unitCode: code(),
  year: year(),
  no: z.int().check(z.minimum(1)),
  title: text(1000),
  lead: text(300),
  partners: z.array(text(300)),
  // A day (2024-02-15), a month (2024-02), a quarter (2024-Q4), a half-year (2024-H2) or
  // "ongoing" (thực hiện thường xuyên).
  due: z
    .string()
    .check(
      z.regex(
        /^(\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|\d{4}-Q[1-4]|\d{4}-H[12]|ongoing)$/,
        'Thời hạn không hợp lệ',
      ),
    ),
  /** Kết quả, sản phẩm: what the activity is to produce. */
  output: z.optional(text(1000, false)),
  /** The units (districts, communes) that take part and report their progress. */
  units: z.optional(z.array(code()).check(z.maxLength(500))),
  status: z.enum(ACTIVITY_STATUSES, { error: 'Chọn trạng thái' }),
  progressNote: text(4000, false),
});
export type Activity = z.infer<typeof activitySchema>;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
