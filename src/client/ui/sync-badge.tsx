import type { SyncState } from '../db/schema.ts';
import { SYNC_STATE_LABEL } from '../i18n/labels.ts';

/** chưa gửi / đã gửi / bị từ chối, on every record. */
export function SyncBadge({ state }: { state: SyncState }) {
  return <span className={`badge badge--${state}`}>{SYNC_STATE_LABEL[state]}</span>;
}
