// Signing out with unsent changes: say so, and offer to sync or export them first. The changes stay
// on the device either way, until the same account signs in again and syncs.
import { useEffect, useRef, useState } from 'react';
import { engine } from '../runtime.ts';
import { signOut } from '../session/sign-in.ts';
import { useUser } from '../session/store.ts';
import { useUnsentCount } from '../ui/use-sync-status.ts';
import { useT } from '../i18n/locale.ts';
import { Button } from '../ui/button.tsx';

export function SignOutButton() {
  const t = useT();
  const user = useUser();
  const unsent = useUnsentCount();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (open) dialog.current?.showModal();
    else dialog.current?.close();
  }, [open]);

  const start = () => {
    if (unsent === 0) void signOut();
    else setOpen(true);
  };
  const exportFirst = async () => {
    // Loaded when needed: the file's schema and checksum code stay out of the startup bundle.
    const { exportOutbox } = await import('../ui/export-outbox.ts');
    await exportOutbox(user);
  };

  return (
    <>
      <button type="button" className="linklike" onClick={start}>
        {t('Đăng xuất')}
      </button>
      <dialog ref={dialog} className="dialog" onClose={() => setOpen(false)}>
        <h2>{t('Còn {n} thay đổi chưa gửi', { n: unsent })}</h2>
        <p>
          {t(
            'Chúng vẫn được giữ trên máy này cho đến khi bạn đăng nhập lại và đồng bộ. Nên đồng bộ hoặc xuất tệp trước khi đăng xuất.',
          )}
        </p>
        <div className="actions">
          <Button primary onClick={() => void engine.syncNow()}>
            {t('Đồng bộ ngay')}
          </Button>
          <Button onClick={() => void exportFirst()}>{t('Xuất tệp')}</Button>
          <Button onClick={() => void signOut()}>{t('Vẫn đăng xuất')}</Button>
          <Button onClick={() => setOpen(false)}>{t('Hủy')}</Button>
        </div>
      </dialog>
    </>
  );
}
