// The steering committee's yearly work programme: each activity with its lead and partner agencies,
// due period, status and progress notes. Overdue ones stand out; province staff update them.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ACTIVITY_STATUSES, type ActivityStatus } from '../../../shared/schemas/activity.ts';
import type { EntityRows } from '../../db/schema.ts';
import { saveRecord } from '../../db/write.ts';
import { todayIso } from '../../i18n/dates.ts';
import { ACTIVITY_STATUS_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { Labelled } from '../../ui/labelled.tsx';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { SyncBadge } from '../../ui/sync-badge.tsx';
import { dueLabel, isOverdue } from '../../ui/activity-due.ts';

type Activity = EntityRows['activity'];
type Filter = 'all' | 'overdue' | ActivityStatus;

function ActivityEditor({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const t = useT();
  const [status, setStatus] = useState(activity.status);
  const [note, setNote] = useState(activity.progressNote);
  const [failure, setFailure] = useState<string | null>(null);
  const save = async () => {
    try {
      await saveRecord(db, 'activity', activity.id, { status, progressNote: note });
      onDone();
    } catch {
      setFailure('Chưa lưu được. Nội dung vẫn còn trên màn hình; hãy thử lại.');
    }
  };
  return (
    <div className="activity__editor">
      <Labelled label={t('Trạng thái')}>
        {(id) => (
          <select
            id={id}
            value={status}
            onChange={(e) => setStatus(e.target.value as ActivityStatus)}
          >
            {ACTIVITY_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(ACTIVITY_STATUS_LABEL[value])}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <Labelled label={t('Tiến độ, ghi chú')}>
        {(id) => (
          <textarea id={id} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </Labelled>
      {failure && (
        <p className="form__failure" role="alert">
          {t(failure)}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => void save()}>
          {t('Lưu')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('Hủy')}
        </button>
      </div>
    </div>
  );
}

export function WorkProgrammePage() {
  const t = useT();
  const user = useUser();
  const canEdit = user.role === 'province';
  const [filter, setFilter] = useState<Filter>('all');
  const [editing, setEditing] = useState<string | null>(null);
  const activities = useLiveQuery(async () => {
    const years = await db.activities.orderBy('year').uniqueKeys();
    const latest = years.at(-1);
    if (latest === undefined) return [];
    return (await db.activities.where('year').equals(latest).toArray()).sort((a, b) => a.no - b.no);
  }, []);
  const today = todayIso();
  const overdue = activities?.filter((a) => isOverdue(a, today)).length ?? 0;
  const shown =
    activities?.filter((a) =>
      filter === 'all' ? true : filter === 'overdue' ? isOverdue(a, today) : a.status === filter,
    ) ?? [];
  const year = activities?.[0]?.year;
  return (
    <section>
      <div className="page-head">
        <h1>
          {t('Chương trình công tác')} {year ?? ''}
        </h1>
      </div>
      {overdue > 0 && (
        <p className="warning" role="status">
          {t('{n} hoạt động quá hạn chưa hoàn thành.', { n: overdue })}
        </p>
      )}
      <Labelled label={t('Hiển thị')} className="filter">
        {(id) => (
          <select id={id} value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            <option value="all">{t('Tất cả')}</option>
            <option value="overdue">{t('Quá hạn')}</option>
            {ACTIVITY_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(ACTIVITY_STATUS_LABEL[value])}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      {activities?.length === 0 && <p className="empty">{t('Chưa có chương trình công tác.')}</p>}
      <ol className="list activities">
        {shown.map((activity) => {
          const late = isOverdue(activity, today);
          return (
            <li
              key={activity.id}
              className={`list__item activity${late ? ' activity--overdue' : ''}`}
              aria-label={`${activity.no}. ${activity.title}`}
            >
              <div className="activity__body">
                <strong>
                  {activity.no}. {activity.title}
                </strong>
                <small>
                  {t('Chủ trì')}: {activity.lead}
                  {activity.partners.length > 0 &&
                    ` · ${t('Phối hợp')}: ${activity.partners.join(', ')}`}
                </small>
                <small>
                  {t('Thời hạn')}: {dueLabel(activity.due, t)} ·{' '}
                  <span className={`status status--${activity.status}`}>
                    {t(ACTIVITY_STATUS_LABEL[activity.status])}
                  </span>
                  {late && <span className="badge badge--rejected">{t('Quá hạn')}</span>}
                </small>
                {activity.progressNote && <p className="note">{activity.progressNote}</p>}
                {editing === activity.id ? (
                  <ActivityEditor activity={activity} onDone={() => setEditing(null)} />
                ) : (
                  canEdit && (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setEditing(activity.id)}
                    >
                      {t('Cập nhật tiến độ')}
                    </button>
                  )
                )}
              </div>
              <SyncBadge state={activity._state} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
