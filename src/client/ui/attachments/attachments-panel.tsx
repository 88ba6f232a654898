// The files kept with a record (photos, minutes, consent forms, reply letters), listed from the
// device's database and added offline; they travel at the next sync.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Attachment } from '../../../shared/schemas/attachment.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { AttachmentForm } from './attachment-form.tsx';
import { AttachmentItem } from './attachment-item.tsx';
import { Button } from '../button.tsx';

export function AttachmentsPanel(props: {
  parentEntity: Attachment['parentEntity'];
  parentId: string;
  unitCode: string;
  canEdit: boolean;
}) {
  const t = useT();
  const [adding, setAdding] = useState(false);
  const items = useLiveQuery(
    () => db.attachments.where('parentId').equals(props.parentId).sortBy('_updatedAt'),
    [props.parentId],
    [],
  );
  return (
    <section className="card" aria-labelledby={`attachments-${props.parentId}`}>
      <h2 id={`attachments-${props.parentId}`}>
        {t('Tệp đính kèm')} ({items.length})
      </h2>
      {items.length === 0 && (
        <p className="muted">{t('Ảnh, biên bản, phiếu đồng ý, văn bản trả lời.')}</p>
      )}
      <ul className="list">
        {items.map((item) => (
          <AttachmentItem key={item.id} item={item} canEdit={props.canEdit} />
        ))}
      </ul>
      {props.canEdit &&
        (adding ? (
          <AttachmentForm
            parentEntity={props.parentEntity}
            parentId={props.parentId}
            unitCode={props.unitCode}
            onDone={() => setAdding(false)}
          />
        ) : (
          <Button onClick={() => setAdding(true)}>{t('+ Thêm ảnh, tệp')}</Button>
        ))}
    </section>
  );
}
