import { useSyncExternalStore } from 'react';
import { dirtyForms } from '../ui/dirty-forms.ts';
import { updateStore } from './register.ts';
import { useT } from '../i18n/locale.ts';
import { Button } from '../ui/button.tsx';

/** "Có phiên bản mới": applied only when the user agrees, and never over unsaved input. */
export function UpdateBanner() {
  const t = useT();
  const available = useSyncExternalStore(updateStore.subscribe, updateStore.available);
  const busy = useSyncExternalStore(dirtyForms.subscribe, dirtyForms.any);
  if (!available) return null;
  return (
    <div className="update-banner" role="status">
      <span>{t('Có phiên bản mới.')}</span>
      {busy ? (
        <span className="muted">{t('Hãy lưu biểu mẫu đang nhập trước khi cập nhật.')}</span>
      ) : (
        <Button primary onClick={() => updateStore.apply()}>
          {t('Cập nhật')}
        </Button>
      )}
    </div>
  );
}
