// What the units taking part in an activity say of their progress, and, for a taking-part unit's
// staff, the form to say it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { ActivityStatus } from '../../../shared/schemas/activity.ts';
import { progressId } from '../../../shared/schemas/progress.ts';
import { saveRecord } from '../../db/write.ts';
import type { EntityRows } from '../../db/schema.ts';
import { isoToDisplay, todayIso } from '../../i18n/dates.ts';
import { ACTIVITY_STATUS_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import { useUnitTree } from '../../ui/use-scope.ts';
import { ProgressFields } from './progress-fields.tsx';
import { Failure } from '../../ui/failure.tsx';
import { Button } from '../../ui/button.tsx';

export function UnitProgress({ activity }: { activity: EntityRows['activity'] }) {
  const t = useT();
  const user = useUser();
  const tree = useUnitTree();
  const reports = useLiveQuery(
    () => db.progress.where('activityId').equals(activity.id).toArray(),
    [activity.id],
    [],
  );
  const mine = reports.find((report) => report.unitCode === user.unitCode);
  const takesPart = (activity.units ?? []).includes(user.unitCode);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<ActivityStatus>(mine?.status ?? 'in-progress');
  const [note, setNote] = useState(mine?.note ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const save = async () => {
    try {
      await saveRecord(db, 'progress', progressId(activity.id, user.unitCode), {
        activityId: activity.id,
        unitCode: user.unitCode,
        status,
        note,
        reportedOn: todayIso(),
      });
      setEditing(false);
    } catch {
      setFailure('Chưa lưu được. Nội dung vẫn còn trên màn hình; hãy thử lại.');
    }
  };
  if (reports.length === 0 && !takesPart) return null;
  return (
    <div className="unit-progress">
      {reports.length > 0 && (
        <ul className="list">
          {reports.map((report) => (
            <li key={report.id} className="list__item">
              <strong>{tree.name(report.unitCode)}</strong>:{' '}
              {t(ACTIVITY_STATUS_LABEL[report.status])} ({isoToDisplay(report.reportedOn)})
              {report.note && ` — ${report.note}`}
            </li>
          ))}
        </ul>
      )}
      {takesPart && !editing && (
        <button type="button" className="button button--small" onClick={() => setEditing(true)}>
          {t('Báo cáo tiến độ của đơn vị')}
        </button>
      )}
      {editing && (
        <div className="activity__editor">
          <ProgressFields status={status} note={note} onStatus={setStatus} onNote={setNote} />
          <Failure text={failure} />
          <div className="actions">
            <Button primary onClick={() => void save()}>
              {t('Lưu')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('Hủy')}</Button>
          </div>
        </div>
      )}
    </div>
  );
}
