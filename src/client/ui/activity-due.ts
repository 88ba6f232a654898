// An activity is due on a day (2024-02-15), in a month (2024-02), a quarter (2024-Q4), a half-year
// (2024-H2) or "ongoing". It is overdue once the last day of its period has passed and it is not done.
import type { Activity } from '../../shared/schemas/activity.ts';
import { translate, type Translate } from '../i18n/locale.ts';

const vietnamese: Translate = (text, values) => translate(text, values, 'vi');

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The last day (ISO) of the activity's period, or null for ongoing work. */
export function dueEnd(due: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return due;
  const half = /^(\d{4})-H([12])$/.exec(due);
  if (half) return lastDay(Number(half[1]), Number(half[2]) * 6);
  const month = /^(\d{4})-(\d{2})$/.exec(due);
  if (month) return lastDay(Number(month[1]), Number(month[2]));
  const quarter = /^(\d{4})-Q([1-4])$/.exec(due);
  if (quarter) return lastDay(Number(quarter[1]), Number(quarter[2]) * 3);
  return null;
}

function lastDay(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

export function isOverdue(activity: Pick<Activity, 'due' | 'status'>, today: string): boolean {
  const end = dueEnd(activity.due);
  return activity.status !== 'done' && end !== null && end < today;
}

/** "Tháng 2/2024", "Quý IV/2024", "Thường xuyên". */
export function dueLabel(due: string, t: Translate = vietnamese): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  const half = /^(\d{4})-H([12])$/.exec(due);
  if (half)
    return half[2] === '1'
      ? t('6 tháng đầu năm {y}', { y: half[1] ?? '' })
      : t('6 tháng cuối năm {y}', { y: half[1] ?? '' });
  const month = /^(\d{4})-(\d{2})$/.exec(due);
  if (month) return t('Tháng {m}/{y}', { m: Number(month[2]), y: month[1] ?? '' });
  const quarter = /^(\d{4})-Q([1-4])$/.exec(due);
  if (quarter)
    return t('Quý {q}/{y}', { q: ROMAN[Number(quarter[2]) - 1] ?? '', y: quarter[1] ?? '' });
  return t('Thường xuyên');
}
