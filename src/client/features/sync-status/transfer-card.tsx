// Offline transfer: a phone without signal exports its unsent changes to a file; a signed-in
// district user imports the file at the office, and the server applies each change once.
import { useState, type ChangeEvent } from 'react';
import { api } from '../../runtime.ts';
import { useUser } from '../../session/store.ts';
import {
  OutboxFileError,
  pushOutboxFile,
  readOutboxFile,
  type ImportResult,
} from '../../sync/outbox-file.ts';
import { describeError } from '../../sync/engine.ts';
import { ApiError } from '../../sync/api.ts';
import { exportOutbox } from '../../ui/export-outbox.ts';
import { useT } from '../../i18n/locale.ts';
import { Failure } from '../../ui/failure.tsx';
import { Button } from '../../ui/button.tsx';

const IMPORTERS = new Set(['district', 'province']);

export function TransferCard({ unsent }: { unsent: number }) {
  const t = useT();
  const user = useUser();
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const exportFile = async () => {
    setFailure(null);
    const total = await exportOutbox(user);
    setMessage(
      t('Đã xuất {n} thay đổi. Các thay đổi vẫn ở trên máy cho đến khi máy đồng bộ được.', {
        n: total,
      }),
    );
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    setBusy(true);
    setFailure(null);
    setMessage(null);
    try {
      const file = await readOutboxFile(new Uint8Array(await chosen.arrayBuffer()));
      const result: ImportResult = await pushOutboxFile(api, file);
      const rejected = result.rejected.length;
      const values = { name: file.authorUsername, n: result.total, rejected };
      setMessage(
        rejected > 0
          ? t(
              'Đã nhập tệp của {name}: {n} thay đổi được gửi lên máy chủ, {rejected} bị từ chối (người gửi sẽ thấy lý do khi đồng bộ).',
              values,
            )
          : t('Đã nhập tệp của {name}: {n} thay đổi được gửi lên máy chủ.', values),
      );
    } catch (error) {
      setFailure(
        error instanceof OutboxFileError
          ? error.message
          : error instanceof ApiError && error.kind === 'rejected'
            ? t('Máy chủ không nhận tệp: {reason}', {
                reason: error.problem?.title ?? error.message,
              })
            : describeError(error),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="card">
      <h2>{t('Chuyển dữ liệu bằng tệp')}</h2>
      <p className="muted">
        {t(
          'Không có mạng? Xuất các thay đổi chưa gửi ra tệp và chuyển cho cán bộ huyện để gửi giúp.',
        )}
      </p>
      <Button disabled={unsent === 0} onClick={() => void exportFile()}>
        {t('Xuất tệp dữ liệu chưa gửi ({n})', { n: unsent })}
      </Button>
      {IMPORTERS.has(user.role) && (
        <label className="button file-button">
          {busy ? t('Đang nhập…') : t('Nhập tệp từ thiết bị khác')}
          <input
            type="file"
            accept=".json,.gz,application/json"
            className="visually-hidden"
            disabled={busy}
            onChange={(event) => void importFile(event)}
          />
        </label>
      )}
      {message && (
        <p role="status" data-testid="transfer-message">
          {message}
        </p>
      )}
      <Failure text={failure} />
    </div>
  );
}
