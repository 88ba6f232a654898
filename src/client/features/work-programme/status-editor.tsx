// The province's own status and progress note of an activity.
import { useState } from 'react';
import { ACTIVITY_STATUSES } from '../../../shared/schemas/activity.ts';
import type { EntityRows } from '../../db/schema.ts';
import { saveRecord } from '../../db/write.ts';
import { ACTIVITY_STATUS_LABEL } from '../../i18n/labels.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { Labelled } from '../../ui/labelled.tsx';

export function StatusEditor({ activity }: { activity: EntityRows['activity'] }) {
  const t = useT();
  const [status, setStatus] = useState(activity.status);
  const [note, setNote] = useState(activity.progressNote);
  const [message, setMessage] = useState<string | null>(null);
  const save = async () => {
    try {
      await saveRecord(db, 'activity', activity.id, { status, progressNote: note });
      setMessage('Đã lưu tiến độ.');
    } catch {
      setMessage('Chưa lưu được. Nội dung vẫn còn trên màn hình; hãy thử lại.');
    }
  };
  return (
    <div className="activity__editor" aria-label={t('Tiến độ')}>
      <Labelled label={t('Trạng thái')}>
        {(id) => (
          <select
            id={id}
            value={status}
            onChange={(e) =>
              setStatus(ACTIVITY_STATUSES.find((s) => s === e.target.value) ?? status)
            }
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
      {message && <p role="status">{t(message)}</p>}
      <button type="button" className="button button--primary" onClick={() => void save()}>
        {t('Lưu tiến độ')}
      </button>
    </div>
  );
}
