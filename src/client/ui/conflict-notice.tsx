// A value that lost a same-field merge is shown on the record it belongs to, beside the value that
// was kept, so nothing is overwritten silently. District and province staff choose which stays.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { EntityName } from '../../shared/entities.ts';
import { FIELD_LABEL } from '../i18n/labels.ts';
import { api, db, engine } from '../runtime.ts';
import { useUser } from '../session/store.ts';
import { describeError } from '../sync/engine.ts';
import { useT } from '../i18n/locale.ts';
import { Failure } from './failure.tsx';
import { Button } from './button.tsx';

const RESOLVERS = new Set(['district', 'province']);

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function ConflictNotice({ entity, recordId }: { entity: EntityName; recordId: string }) {
  const t = useT();
  const user = useUser();
  const [failure, setFailure] = useState<string | null>(null);
  const conflicts = useLiveQuery(
    () =>
      db.conflicts
        .where('recordId')
        .equals(recordId)
        .filter((conflict) => conflict.entity === entity && !conflict.resolved)
        .toArray(),
    [entity, recordId],
    [],
  );
  if (conflicts.length === 0) return null;
  const resolve = async (id: string, choice: 'kept' | 'restored') => {
    setFailure(null);
    try {
      await api.post(`/api/conflicts/${id}/resolve`, { choice });
      await engine.syncNow();
    } catch (error) {
      setFailure(describeError(error));
    }
  };
  return (
    <div className="card conflict" role="region" aria-label={t('Xung đột dữ liệu')}>
      <h2>{t('Có thay đổi trùng nhau')}</h2>
      <p className="muted">
        {t('Hai máy đã sửa cùng một ô. Giá trị sửa sau được giữ; giá trị kia được lưu lại ở đây.')}
      </p>
      <ul className="list">
        {conflicts.map((conflict) => (
          <li key={conflict.id} className="list__item" data-testid="conflict">
            <div>
              <strong>{t(FIELD_LABEL[conflict.field] ?? conflict.field)}</strong>
              <p>
                {t('Đang dùng')}:{' '}
                <span className="conflict__kept">{shown(conflict.keptValue)}</span>
              </p>
              <p>
                {t('Bị thay')}: <span className="conflict__lost">{shown(conflict.lostValue)}</span>
              </p>
            </div>
            {RESOLVERS.has(user.role) && (
              <div className="actions">
                <Button onClick={() => void resolve(conflict.id, 'kept')}>
                  {t('Giữ giá trị đang dùng')}
                </Button>
                <Button onClick={() => void resolve(conflict.id, 'restored')}>
                  {t('Khôi phục giá trị bị thay')}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <Failure text={failure} />
    </div>
  );
}
