// The days of a training, for marking presence per day. A long course is capped: the attendance
// sheet is for workshops of a few days, not a term.
const MAX_DAYS = 14;

export function trainingDays(date: string, endDate: string | null): string[] {
  const start = Date.parse(`${date}T00:00:00Z`);
  const end = endDate ? Date.parse(`${endDate}T00:00:00Z`) : start;
  if (Number.isNaN(start)) return [];
  const days: string[] = [];
  for (let day = start; day <= end && days.length < MAX_DAYS; day += 86_400_000) {
    days.push(new Date(day).toISOString().slice(0, 10));
  }
  return days.length > 0 ? days : [date];
}

/** One attendance record per person and day: two devices marking the same day edit one record. */
export const attendanceId = (attendeeId: string, day: string) => `${attendeeId}:${day}`;
