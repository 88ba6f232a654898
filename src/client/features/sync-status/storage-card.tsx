import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { evictSentFiles, fileFigures } from '../../files/store.ts';
import { db } from '../../runtime.ts';
import {
  formatBytes,
  STORAGE_WARN_RATIO,
  storageFigures,
  type StorageFigures,
} from '../../db/storage.ts';
import { useT } from '../../i18n/locale.ts';
import { Button } from '../../ui/button.tsx';

/** How much of the device's storage the app uses, with a warning before it runs out. */
export function StorageCard() {
  const t = useT();
  const [figures, setFigures] = useState<StorageFigures | null>(null);
  const [freed, setFreed] = useState<number | null>(null);
  const files = useLiveQuery(() => fileFigures(db), []);
  useEffect(() => {
    let alive = true;
    void storageFigures().then((value) => {
      if (alive) setFigures(value);
    });
    return () => {
      alive = false;
    };
  }, [freed]);
  if (!figures) return null;
  const percent = Math.round(figures.ratio * 100);
  return (
    <div className="card">
      <h2>{t('Bộ nhớ trên máy')}</h2>
      <p>
        {t('Đã dùng')} <strong data-testid="storage-usage">{formatBytes(figures.usage)}</strong> /{' '}
        {formatBytes(figures.quota)} ({percent}%)
      </p>
      <progress max={100} value={percent} aria-label={t('Bộ nhớ đã dùng')} />
      {files && files.count > 0 && (
        <p data-testid="storage-files">
          {t('Ảnh, tệp đính kèm trên máy: {n} tệp, {size} ({pending} chưa gửi)', {
            n: files.count,
            size: formatBytes(files.bytes),
            pending: files.pending,
          })}
        </p>
      )}
      {files && files.sentBytes > 0 && (
        <Button onClick={() => void evictSentFiles(db).then(setFreed)}>
          {t('Xoá khỏi máy các ảnh, tệp đã gửi ({size}); mở lại sẽ tải về', {
            size: formatBytes(files.sentBytes),
          })}
        </Button>
      )}
      {freed !== null && (
        <p role="status">{t('Đã giải phóng {size}.', { size: formatBytes(freed) })}</p>
      )}
      {figures.ratio >= STORAGE_WARN_RATIO && (
        <p className="form__failure" role="alert">
          {t(
            'Bộ nhớ sắp đầy. Hãy đồng bộ để gửi dữ liệu lên máy chủ, rồi xoá bớt ứng dụng hoặc tệp không cần trên máy.',
          )}
        </p>
      )}
      {!figures.persisted && (
        <p className="muted">
          {t('Trình duyệt chưa cho phép giữ dữ liệu lâu dài; hãy cài ứng dụng lên màn hình chính.')}
        </p>
      )}
    </div>
  );
}
