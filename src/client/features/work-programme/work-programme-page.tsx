// The steering committee's yearly work programme: each activity with its lead and partner agencies,
// due period, status and progress notes. Overdue ones stand out; province staff update them.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { ACTIVITY_STATUSES } from '../../../shared/schemas/activity.ts';
import { stripLocal } from '../../db/schema.ts';
import { ActivityForm } from './activity-form.tsx';
import { StatusEditor } from './status-editor.tsx';
import { UnitProgress } from './unit-progress.tsx';
import { todayIso } from '../../i18n/dates.ts';
import { ACTIVITY_STATUS_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { Filter } from '../../ui/filter.tsx';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { SyncBadge } from '../../ui/sync-badge.tsx';
import { dueLabel, isOverdue } from '../../ui/activity-due.ts';
import { statusOptions } from './progress-fields.tsx';
import { oneOf } from '../../../shared/one-of.ts';
import { Button } from '../../ui/button.tsx';

const FILTERS = ['all', 'overdue', ...ACTIVITY_STATUSES] as const;
type Filter = (typeof FILTERS)[number];

export function WorkProgrammePage() {
  const t = useT();
  const user = useUser();
  const canEdit = user.role === 'province';
  const [filter, setFilter] = useState<Filter>('all');
  const [editing, setEditing] = useState<string | null>(null);
  const years = useLiveQuery(
    async () => (await db.activities.orderBy('year').uniqueKeys()).map(Number).reverse(),
    [],
    [],
  );
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const year = chosenYear ?? years.find((y) => y <= new Date().getFullYear()) ?? years[0];
  const activities = useLiveQuery(
    async () =>
      year === undefined
        ? []
        : (await db.activities.where('year').equals(year).toArray()).sort((a, b) => a.no - b.no),
    [year],
  );
  const today = todayIso();
  const overdue = activities?.filter((a) => isOverdue(a, today)).length ?? 0;
  const shown =
    activities?.filter((a) =>
      filter === 'all' ? true : filter === 'overdue' ? isOverdue(a, today) : a.status === filter,
    ) ?? [];
  const nextNo = Math.max(0, ...(activities ?? []).map((a) => a.no)) + 1;
  const shownYear = year ?? new Date().getFullYear();
  return (
    <section>
      <div className="page-head">
        <h1>{t('Chương trình công tác')}</h1>
        <Filter
          label={t('Năm')}
          value={shownYear}
          options={years.map((y) => ({ value: y, label: y }))}
          onChange={(value) => setChosenYear(Number(value))}
        />
      </div>
      {canEdit && (
        <p className="links">
          <Button primary onClick={() => setAdding(true)}>
            + {t('Thêm hoạt động')}
          </Button>
          <Link href="/work-programme/import" className="button">
            {t('Nhập từ tệp Excel')}
          </Link>
        </p>
      )}
      {adding && (
        <ActivityForm
          id={`wp-${shownYear}-${String(nextNo).padStart(2, '0')}`}
          initial={{
            unitCode: user.unitCode,
            year: shownYear,
            no: nextNo,
            title: '',
            lead: '',
            partners: [],
            due: `${shownYear}-12`,
            output: '',
            units: [],
            status: 'not-started',
            progressNote: '',
          }}
          onDone={() => setAdding(false)}
        />
      )}
      {overdue > 0 && (
        <p className="warning" role="status">
          {t('{n} hoạt động quá hạn chưa hoàn thành.', { n: overdue })}
        </p>
      )}
      <Filter
        label={t('Hiển thị')}
        value={filter}
        options={[
          { value: 'all', label: t('Tất cả') },
          { value: 'overdue', label: t('Quá hạn') },
          ...statusOptions(t),
        ]}
        onChange={(value) => setFilter(oneOf(FILTERS, value) ?? 'all')}
      />
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
                {activity.output && (
                  <small>
                    {t('Kết quả, sản phẩm')}: {activity.output}
                  </small>
                )}
                <UnitProgress activity={activity} />
                {editing === activity.id ? (
                  <>
                    <ActivityForm
                      id={activity.id}
                      initial={stripLocal(activity)}
                      onDone={() => setEditing(null)}
                    />
                    <StatusEditor activity={activity} />
                  </>
                ) : (
                  canEdit && (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setEditing(activity.id)}
                    >
                      {t('Sửa, cập nhật tiến độ')}
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
