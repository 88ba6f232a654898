import { useEffect, useState } from 'react';
import {
  formatBytes,
  STORAGE_WARN_RATIO,
  storageFigures,
  type StorageFigures,
} from '../../db/storage.ts';
import { useT } from '../../i18n/locale.ts';

/** How much of the device's storage the app uses, with a warning before it runs out. */
export function StorageCard() {
  const t = useT();
  const [figures, setFigures] = useState<StorageFigures | null>(null);
  useEffect(() => {
    let alive = true;
    void storageFigures().then((value) => {
      if (alive) setFigures(value);
    });
    return () => {
      alive = false;
    };
  }, []);
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
