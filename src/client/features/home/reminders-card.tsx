// What is late and what falls due in the next 14 days for the user's unit.
import { Link } from 'wouter';
import { REMINDER_DAYS, type Reminder } from '../../../shared/reports/reminders.ts';
import { daysUntil, isoToDisplay } from '../../i18n/dates.ts';
import { useT } from '../../i18n/locale.ts';

export function RemindersCard({ reminders }: { reminders: Reminder[] }) {
  const t = useT();
  return (
    <div className="card" role="region" aria-label={t('Nhắc việc')}>
      <h2>{t('Nhắc việc: quá hạn và {n} ngày tới', { n: REMINDER_DAYS })}</h2>
      {reminders.length === 0 ? (
        <p className="muted">{t('Không có việc nào quá hạn hay sắp đến hạn.')}</p>
      ) : (
        <ul className="deadlines" data-testid="reminders">
          {reminders.map((reminder) => {
            const days = daysUntil(reminder.due);
            const what =
              reminder.kind === 'forum'
                ? t('Diễn đàn dự kiến tại {venue}', { venue: reminder.title })
                : reminder.kind === 'below'
                  ? t('{n} đơn vị cấp dưới chưa hoàn thành: {title}', {
                      n: reminder.n,
                      title: reminder.title,
                    })
                  : reminder.title;
            return (
              <li
                key={`${reminder.kind}-${reminder.forumId ?? reminder.title}-${reminder.due}`}
                className={reminder.state === 'late' ? 'overdue' : 'soon'}
              >
                <span>
                  {reminder.forumId ? (
                    <Link href={`/forums/${reminder.forumId}`}>{what}</Link>
                  ) : (
                    what
                  )}
                </span>
                <span>
                  {isoToDisplay(reminder.due)}:{' '}
                  {reminder.state === 'late'
                    ? t('quá hạn {n} ngày', { n: Math.max(0, -days) })
                    : days === 0
                      ? t('hạn hôm nay')
                      : t('còn {n} ngày', { n: days })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
