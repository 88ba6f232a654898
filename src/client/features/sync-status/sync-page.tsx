// Everything about sync the user may need: what waits, what happened, what was refused and why.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { refreshStates } from '../../sync/acknowledge.ts';
import { ENTITY_LABEL } from '../../i18n/labels.ts';
import { recordPath } from '../../ui/record-path.ts';
import { ConflictsCard } from '../../ui/conflicts-card.tsx';
import { StorageCard } from './storage-card.tsx';
import { TransferCard } from './transfer-card.tsx';
import { formatDateTime } from '../../i18n/dates.ts';
import { db, engine } from '../../runtime.ts';
import { useSyncStatus, useUnsentCount } from '../../ui/use-sync-status.ts';
import { useT } from '../../i18n/locale.ts';
import { Failure } from '../../ui/failure.tsx';
import { Button } from '../../ui/button.tsx';

export function SyncPage() {
  const t = useT();
  const status = useSyncStatus();
  const unsent = useUnsentCount();
  const rejected = useLiveQuery(() => db.rejected.orderBy('id').toArray(), [], []);
  const total = status.toSend;
  const discard = async (id: number) => {
    await db.transaction('rw', [db.rejected, db.outbox, ...db.recordTables], async () => {
      const entry = await db.rejected.get(id);
      await db.rejected.delete(id);
      if (entry) await refreshStates(db, [entry]);
    });
  };
  return (
    <section>
      <h1>{t('Đồng bộ')}</h1>
      <div className="card">
        <p>
          {t('Chưa gửi')}: <strong data-testid="unsent-count">{unsent}</strong>
        </p>
        <p>
          {t('Lần đồng bộ thành công gần nhất')}:{' '}
          {status.lastSyncAt ? formatDateTime(status.lastSyncAt) : t('chưa có')}
        </p>
        {status.phase === 'syncing' && (
          <div role="status">
            <progress
              max={Math.max(total, 1)}
              value={Math.min(status.sent, total)}
              aria-label={t('Đang gửi')}
            />
            <p>
              {t('Đã gửi {sent}/{total} · đã nhận {received}', {
                sent: status.sent,
                total,
                received: status.received,
              })}
            </p>
          </div>
        )}
        <Failure text={status.lastError} />
        <Button primary onClick={() => void engine.syncNow()} disabled={status.phase === 'syncing'}>
          {t('Đồng bộ ngay')}
        </Button>
      </div>
      <ConflictsCard />
      <TransferCard unsent={unsent} />
      <StorageCard />
      {rejected.length > 0 && (
        <div className="card">
          <h2>
            {t('Bị từ chối')} ({rejected.length})
          </h2>
          <p className="muted">
            {t(
              'Máy chủ không nhận các thay đổi này. Hãy sửa bản ghi rồi lưu lại, hoặc bỏ thay đổi.',
            )}
          </p>
          <ul className="list">
            {rejected.map((entry) => {
              const path = recordPath(entry.entity, entry.recordId);
              return (
                <li key={entry.id} className="list__item list__item--rejected">
                  <div>
                    <strong>{t(ENTITY_LABEL[entry.entity])}</strong>
                    <p>{t(entry.message)}</p>
                  </div>
                  <div className="actions">
                    {path && (
                      <Link href={path} className="button">
                        {t('Sửa')}
                      </Link>
                    )}
                    <Button onClick={() => void discard(entry.id)}>{t('Bỏ')}</Button>
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
