import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { isoToDisplay } from '../../i18n/dates.ts';
import { FORUM_STATUS_LABEL, LEVEL_LABEL } from '../../i18n/labels.ts';
import { db } from '../../runtime.ts';
import { SyncBadge } from '../../ui/sync-badge.tsx';
import { useRowsOfShownYear } from '../../ui/use-shown-year.ts';
import { useT } from '../../i18n/locale.ts';
import { ListScreen } from '../../ui/list-screen.tsx';

export function ForumsPage() {
  const t = useT();
  const { year, rows: forums } = useRowsOfShownYear(db.forums, 'date', (forum) => forum._year, 200);
  const units = useLiveQuery(
    async () => new Map((await db.units.toArray()).map((u) => [u.id, u.name])),
    [],
    new Map<string, string>(),
  );
  return (
    <ListScreen
      title={t('Diễn đàn trẻ em')}
      add={{ href: '/forums/new', label: t('Thêm diễn đàn') }}
      byYear
    >
      {forums?.length === 0 && (
        <p className="empty">
          {t('Chưa có diễn đàn nào trong năm {year}. Bấm “Thêm diễn đàn” để bắt đầu.', { year })}
        </p>
      )}
      <ul className="list">
        {forums?.map((forum) => (
          <li key={forum.id} className="list__item">
            <Link href={`/forums/${forum.id}`} className="list__link">
              <strong>{forum.venue}</strong>
              <span>
                {isoToDisplay(forum.date)} · {t(LEVEL_LABEL[forum.level])} ·{' '}
                {units.get(forum.unitCode) ?? forum.unitCode}
              </span>
              <span>
                {t(FORUM_STATUS_LABEL[forum.status])} ·{' '}
                {t('{n} trẻ em', { n: forum.childrenTotal })}
              </span>
            </Link>
            <SyncBadge state={forum._state} />
          </li>
        ))}
      </ul>
    </ListScreen>
  );
}
