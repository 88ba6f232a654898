// The first screen: where am I, what is due, what is waiting to be sent, what to do next.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { daysUntil, isoToDisplay, todayIso } from '../../i18n/dates.ts';
import { ROLE_LABEL } from '../../i18n/labels.ts';
import { useT, type Translate } from '../../i18n/locale.ts';
import { InstallButton } from '../../pwa/install-button.tsx';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { useUnsentCount } from '../../ui/use-sync-status.ts';
import { usePlans, useUnitName } from '../../ui/use-scope.ts';
import { ConflictsCard } from '../../ui/conflicts-card.tsx';
import { useAppBadge } from '../../ui/use-app-badge.ts';
import { todosFor } from './todo.ts';
import { RemindersCard } from './reminders-card.tsx';
import { useReminders } from './use-reminders.ts';
import { planOfYear } from '../../../shared/plans/plan-year.ts';

function dueText(days: number, t: Translate): string {
  if (days > 0) return t('còn {n} ngày', { n: days });
  if (days === 0) return t('hạn hôm nay');
  return t('quá hạn {n} ngày', { n: -days });
}

export function HomePage() {
  const t = useT();
  const user = useUser();
  const unitName = useUnitName(user.unitCode);
  const plans = usePlans();
  const thisYear = Number(todayIso().slice(0, 4));
  const plan = planOfYear(plans, thisYear);
  // Days left or overdue only for this year's plan: an earlier year's deadlines are history.
  const current = plan?.year === thisYear;
  const unsent = useUnsentCount();
  const today = todayIso();
  const todos = useLiveQuery(() => todosFor(db, user.role, today), [user.role, today], []);
  const reminders = useReminders(user.unitCode, plan, today);
  // The installed app's badge: what is late or due soon, and what waits for the user.
  // A late planned forum is already among the to-dos' count.
  const dueSoon = reminders.filter((r) => r.kind !== 'forum' || r.state === 'soon').length;
  useAppBadge(todos.reduce((sum, todo) => sum + todo.n, 0) + dueSoon);
  const staff = user.role === 'district' || user.role === 'province';
  return (
    <section className="home">
      <InstallButton />
      <div className="card">
        <p className="muted">{t(ROLE_LABEL[user.role])}</p>
        <h1>{unitName}</h1>
        <p>
          {unsent === 0 ? (
            t('Mọi thay đổi đã được gửi.')
          ) : (
            <strong>{t('{n} thay đổi chưa gửi', { n: unsent })}</strong>
          )}{' '}
          <Link href="/sync">{t('Đồng bộ')}</Link>
        </p>
      </div>
      <ConflictsCard />
      {/* Without this year's plan there is nothing to judge by: saying "nothing is late" would mislead. */}
      {user.role !== 'admin' && current && <RemindersCard reminders={reminders} />}
      {plan && !current && (
        <p className="notice">
          {t('Chưa có kế hoạch năm {year}; đang hiện kế hoạch năm {shown}.', {
            year: thisYear,
            shown: plan.year,
          })}{' '}
          {user.role === 'province' && (
            <Link href="/plans">{t('Tạo kế hoạch năm {year}', { year: thisYear })}</Link>
          )}
        </p>
      )}
      {plan && (
        <div className="card">
          <h2>{plan.title}</h2>
          <p className="muted">{plan.overallTheme}</p>
          <ul className="deadlines" aria-label={t('Thời hạn')}>
            {plan.deadlines.map((deadline) => {
              const days = daysUntil(deadline.due);
              return (
                <li
                  key={deadline.code}
                  className={current ? (days < 0 ? 'overdue' : days <= 14 ? 'soon' : '') : ''}
                >
                  <span>{deadline.title}</span>
                  <span>
                    {isoToDisplay(deadline.due)}
                    {current && `: ${dueText(days, t)}`}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {todos.length > 0 && (
        <div className="card">
          <h2>{t('Việc cần làm')}</h2>
          <ul className="todos">
            {todos.map((todo) => (
              <li key={todo.href + todo.text}>
                <Link href={todo.href}>{t(todo.text, { n: todo.n })}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {user.role === 'admin' ? (
        <nav className="shortcuts" aria-label={t('Lối tắt')}>
          <Link href="/admin/accounts" className="button button--primary">
            {t('Tài khoản người dùng')}
          </Link>
          <Link href="/admin/units" className="button">
            {t('Đơn vị hành chính')}
          </Link>
        </nav>
      ) : (
        <nav className="shortcuts" aria-label={t('Lối tắt')}>
          <Link href="/recommendations/new" className="button button--primary">
            + {t('Ghi kiến nghị')}
          </Link>
          <Link href="/forums/new" className="button button--primary">
            + {t('Thêm diễn đàn')}
          </Link>
          <Link href="/trainings/new" className="button">
            + {t('Thêm tập huấn')}
          </Link>
          {staff && (
            <Link href="/forwarding" className="button">
              {t('Chuyển kiến nghị lên cấp trên')}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
