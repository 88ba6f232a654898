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

const IMPORTERS = new Set(['district', 'province']);

export function TransferCard({ unsent }: { unsent: number }) {
  const user = useUser();
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const exportFile = async () => {
    setFailure(null);
    const total = await exportOutbox(user);
    setMessage(
      `Đã xuất ${total} thay đổi. Các thay đổi vẫn ở trên máy cho đến khi máy đồng bộ được.`,
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
      setMessage(
        `Đã nhập tệp của ${file.authorUsername}: ${result.total} thay đổi được gửi lên máy chủ` +
          (rejected > 0 ? `, ${rejected} bị từ chối (người gửi sẽ thấy lý do khi đồng bộ).` : '.'),
      );
    } catch (error) {
      setFailure(
        error instanceof OutboxFileError
          ? error.message
          : error instanceof ApiError && error.kind === 'rejected'
            ? `Máy chủ không nhận tệp: ${error.problem?.title ?? error.message}`
            : describeError(error),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="card">
      <h2>Chuyển dữ liệu bằng tệp</h2>
      <p className="muted">
        Không có mạng? Xuất các thay đổi chưa gửi ra tệp và chuyển cho cán bộ huyện để gửi giúp.
      </p>
      <button
        type="button"
        className="button"
        disabled={unsent === 0}
        onClick={() => void exportFile()}
      >
        Xuất tệp dữ liệu chưa gửi ({unsent})
      </button>
      {IMPORTERS.has(user.role) && (
        <label className="button file-button">
          {busy ? 'Đang nhập…' : 'Nhập tệp từ thiết bị khác'}
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
      {failure && (
        <p className="form__failure" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}
