// A record's own page on the device: "loading" until the device has answered, "not found" for an id it
// does not hold, else the record's open conflicts above its form and its photos and files below.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import type { Attachment } from '../../shared/schemas/attachment.ts';
import type { EntityRows } from '../db/schema.ts';
import { NOT_ON_DEVICE_LABEL } from '../i18n/labels.ts';
import { useT } from '../i18n/locale.ts';
import { db } from '../runtime.ts';
import { AttachmentsPanel } from './attachments/attachments-panel.tsx';
import { ConflictNotice } from './conflict-notice.tsx';

type Attachable = Attachment['parentEntity'];

export function RecordPage<E extends Attachable>({
  entity,
  id,
  children,
}: {
  entity: E;
  /** The record's id; undefined for a new one. */
  id: string | undefined;
  /** The page's form (and what goes with it), given the stored record or null for a new one. */
  children: (record: EntityRows[E] | null) => ReactNode;
}) {
  const t = useT();
  const record = useLiveQuery<EntityRows[E] | null>(
    async () => (id ? ((await db.tableOf(entity).get(id)) ?? null) : null),
    [entity, id],
  );
  if (record === undefined) return <p>{t('Đang tải…')}</p>;
  if (id && !record) return <p>{t(NOT_ON_DEVICE_LABEL[entity])}</p>;
  return (
    <>
      {id && <ConflictNotice entity={entity} recordId={id} />}
      {children(record)}
      {record && (
        <AttachmentsPanel
          parentEntity={entity}
          parentId={record.id}
          unitCode={record.unitCode}
          canEdit
        />
      )}
    </>
  );
}
