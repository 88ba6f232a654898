// Trainings of children and of the adults responsible for them, newest first, and a search over
// everyone on their attendance sheets.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { isoToDisplay } from '../../i18n/dates.ts';
import { AUDIENCE_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { SyncBadge } from '../../ui/sync-badge.tsx';
import { DeviceSearch, useDeviceSearch } from '../../ui/search-results.tsx';
import { ListScreen } from '../../ui/list-screen.tsx';

export function TrainingsPage() {
  const t = useT();
  const trainings = useLiveQuery(() => db.trainings.orderBy('date').reverse().limit(300).toArray());
  const found = useDeviceSearch('attendee');
  const titles = new Map(trainings?.map((training) => [training.id, training.topic]));
  return (
    <ListScreen title={t('Tập huấn')} add={{ href: '/trainings/new', label: t('Thêm tập huấn') }}>
      <DeviceSearch search={found} label={t('Tìm người tham gia')} empty={t('Không tìm thấy ai.')}>
        {(attendee) => (
          <li key={attendee.id} className="list__item">
            <Link href={`/trainings/${attendee.trainingId}/attendance`} className="list__link">
              <strong>{attendee.name}</strong>
              <span>{titles.get(attendee.trainingId) ?? ''}</span>
            </Link>
          </li>
        )}
      </DeviceSearch>
      {!found.found && trainings?.length === 0 && (
        <p className="empty">{t('Chưa có lớp tập huấn nào.')}</p>
      )}
      {!found.found && (
        <ul className="list">
          {trainings?.map((training) => (
            <li key={training.id} className="list__item">
              <Link href={`/trainings/${training.id}/attendance`} className="list__link">
                <strong>{training.topic}</strong>
                <span>
                  {isoToDisplay(training.date)}
                  {training.endDate && training.endDate !== training.date
                    ? `–${isoToDisplay(training.endDate)}`
                    : ''}{' '}
                  · {training.place}
                </span>
                <span>{training.audiences.map((a) => t(AUDIENCE_LABEL[a])).join(', ')}</span>
              </Link>
              <SyncBadge state={training._state} />
            </li>
          ))}
        </ul>
      )}
    </ListScreen>
  );
}
