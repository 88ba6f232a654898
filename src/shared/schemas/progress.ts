import { z } from 'zod/mini';
import { ACTIVITY_STATUSES } from './activity.ts';
import { code, isoDate, text } from './fields.ts';

/**
 * A taking-part unit's progress on a work-programme activity: its own status and note, one record
 * per activity and unit (`<activity>@<unit>`), written by that unit's staff.
 */
export const progressSchema = z.strictObject({
  activityId: text(200),
  unitCode: code(),
  status: z.enum(ACTIVITY_STATUSES, { error: 'Chọn trạng thái' }),
  note: text(4000, false),
  reportedOn: isoDate(),
});
export type Progress = z.infer<typeof progressSchema>;

export const progressId = (activityId: string, unitCode: string) => `${activityId}@${unitCode}`;
