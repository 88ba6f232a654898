// One attachment in a record's list: a thumbnail when its bytes are on the device, whether the
// server has it yet, and the ways to open, fetch again or remove it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { isRedactedFile } from '../../../shared/privacy/child-data.ts';
import type { EntityRows } from '../../db/schema.ts';
import { formatBytes } from '../../db/storage.ts';
import { deleteRecord } from '../../db/write.ts';
import { keepDownloaded } from '../../files/store.ts';
import { useT } from '../../i18n/locale.ts';
import { api, db } from '../../runtime.ts';
import { ApiError } from '../../sync/api.ts';
import { downloadFile } from '../download.ts';
import { ATTACHMENT_KIND_LABEL } from './attachment-labels.ts';
import { Failure } from '../failure.tsx';
import { Button } from '../button.tsx';

type Item = EntityRows['attachment'];

/** A thumbnail of bytes on the device, its object URL revoked when it leaves the screen. */
function Thumbnail({ bytes, mime, alt }: { bytes: ArrayBuffer; mime: string; alt: string }) {
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    if (image.current) image.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [bytes, mime]);
  return <img ref={image} className="attachment__thumb" alt={alt} />;
}

export function AttachmentItem({ item, canEdit }: { item: Item; canEdit: boolean }) {
  const t = useT();
  const hidden = isRedactedFile(item);
  const file = useLiveQuery(
    async () => (hidden ? null : ((await db.files.get(item.sha256)) ?? null)),
    [item.sha256, hidden],
  );
  const [fetching, setFetching] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const isImage = item.mime.startsWith('image/');

  const fetchAgain = async () => {
    setFetching(true);
    setProblem(null);
    try {
      const bytes = await api.getBytes(`/api/files/${item.sha256}`);
      await keepDownloaded(db, { sha256: item.sha256, mime: item.mime, size: item.size, bytes });
    } catch (error) {
      setProblem(
        error instanceof ApiError && error.kind === 'offline'
          ? 'Cần có mạng để tải tệp này về.'
          : error instanceof ApiError && error.problem?.type === 'urn:ddte:file-not-uploaded'
            ? 'Máy đã chụp chưa gửi tệp này lên; hãy thử lại sau.'
            : 'Không tải được tệp này.',
      );
    } finally {
      setFetching(false);
    }
  };

  const state = file?.failure
    ? file.failure
    : file?.state === 'pending'
      ? 'Chưa gửi'
      : item._state === 'pending'
        ? 'Chưa đồng bộ'
        : 'Đã gửi';
  return (
    <li className="list__item attachment" data-testid="attachment">
      {isImage && file ? (
        <Thumbnail bytes={file.bytes} mime={item.mime} alt={item.caption || item.fileName} />
      ) : (
        <span className="attachment__thumb attachment__thumb--none" aria-hidden="true">
          {isImage ? '🖼' : 'PDF'}
        </span>
      )}
      <div className="attachment__text">
        <strong>{t(ATTACHMENT_KIND_LABEL[item.kind])}</strong>
        {hidden ? (
          <p className="muted">
            {t('Tệp có trẻ em: chỉ xem được trong huyện (hoặc xã) của trẻ em.')}
          </p>
        ) : (
          <>
            {item.caption && <p>{item.caption}</p>}
            <p className="muted">
              {item.fileName} · {formatBytes(item.size)} ·{' '}
              <span className={file?.failure ? 'field__error' : undefined}>{t(state)}</span>
              {item.showsChildren && ` · ${t('Có trẻ em')}`}
            </p>
          </>
        )}
        <Failure text={problem} />
        <div className="actions">
          {file && (
            <Button onClick={() => downloadFile(item.fileName, file.bytes, item.mime)}>
              {t('Mở')}
            </Button>
          )}
          {!hidden && file === null && (
            <Button disabled={fetching} onClick={() => void fetchAgain()}>
              {fetching ? t('Đang tải…') : t('Tải về máy')}
            </Button>
          )}
          {canEdit && !hidden && (
            <Button
              onClick={() => {
                if (window.confirm(t('Xoá tệp này khỏi bản ghi?')))
                  void deleteRecord(db, 'attachment', item.id);
              }}
            >
              {t('Xoá')}
            </Button>
          )}
        </div>
      </div>
    </li>
  );
}
