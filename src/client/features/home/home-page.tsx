// The first screen: where am I, what is due, what is waiting to be sent.
import { Link } from 'wouter';
import { daysUntil, isoToDisplay } from '../../i18n/dates.ts';
import { ROLE_LABEL } from '../../i18n/labels.ts';
import { InstallButton } from '../../pwa/install-button.tsx';
import { useUser } from '../../session/store.ts';
import { useUnsentCount } from '../../ui/use-sync-status.ts';
import { usePlans, useUnitName } from '../../ui/use-scope.ts';

function dueText(days: number): string {
  if (days > 0) return `còn ${days} ngày`;
  if (days === 0) return 'hạn hôm nay';
  return `quá hạn ${-days} ngày`;
}

export function HomePage() {
  const user = useUser();
  const unitName = useUnitName(user.unitCode);
  const plan = usePlans()[0];
  const unsent = useUnsentCount();
  return (
    <section className="home">
      <InstallButton />
      <div className="card">
        <p className="muted">{ROLE_LABEL[user.role]}</p>
        <h1>{unitName}</h1>
        <p>
          {unsent === 0 ? 'Mọi thay đổi đã được gửi.' : <strong>{unsent} thay đổi chưa gửi</strong>}{' '}
          <Link href="/sync">Đồng bộ</Link>
        </p>
      </div>
      {plan && (
        <div className="card">
          <h2>{plan.title}</h2>
          <p className="muted">{plan.overallTheme}</p>
          <ul className="deadlines">
            {plan.deadlines.map((deadline) => {
              const days = daysUntil(deadline.due);
              return (
                <li key={deadline.code} className={days < 0 ? 'overdue' : days <= 14 ? 'soon' : ''}>
                  <span>{deadline.title}</span>
                  <span>
                    {isoToDisplay(deadline.due)}: {dueText(days)}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <nav className="shortcuts" aria-label="Việc cần làm">
        <Link href="/forums/new" className="button button--primary">
          + Thêm diễn đàn
        </Link>
        <Link href="/recommendations/new" className="button button--primary">
          + Ghi kiến nghị
        </Link>
      </nav>
    </section>
  );
}
