// The province's own status and progress note of an activity.
import { useState } from 'react';
import type { EntityRows } from '../../db/schema.ts';
import { saveRecord } from '../../db/write.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { ProgressFields } from './progress-fields.tsx';
import { Button } from '../../ui/button.tsx';

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
      <ProgressFields status={status} note={note} onStatus={setStatus} onNote={setNote} />
      {message && <p role="status">{t(message)}</p>}
      <Button primary onClick={() => void save()}>
        {t('Lưu tiến độ')}
      </Button>
    </div>
  );
}
