// A disabled account's device: nothing unsent is dropped. It says how many changes wait, and saves
// them as a file for the district office to send on the account's behalf (sync § offline transfer).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { PublicUser } from '../../../shared/schemas/user.ts';
import { useT } from '../../i18n/locale.ts';
import { db } from '../../runtime.ts';
import { exportOutbox } from '../../ui/export-outbox.ts';
import { Button } from '../../ui/button.tsx';

export function DisabledNotice({ user }: { user: PublicUser }) {
  const t = useT();
  const unsent = useLiveQuery(() => db.outbox.count(), [], 0);
  const [saved, setSaved] = useState<number | null>(null);
  return (
    <div className="warning" role="alert">
      <p>{t('Tài khoản này đã bị khóa, nên không đồng bộ được nữa.')}</p>
      {unsent > 0 ? (
        <>
          <p>
            {t(
              'Máy còn {n} thay đổi chưa gửi; chúng vẫn được giữ. Hãy lưu thành tệp và gửi cho cán bộ quản lý để họ nhập thay.',
              { n: unsent },
            )}
          </p>
          <Button onClick={() => void exportOutbox(user).then(setSaved)}>
            {t('Lưu tệp dữ liệu chưa gửi')}
          </Button>
          {saved !== null && <p>{t('Đã lưu tệp gồm {n} thay đổi.', { n: saved })}</p>}
        </>
      ) : (
        <p>{t('Mọi thay đổi trên máy đã được gửi lên máy chủ.')}</p>
      )}
    </div>
  );
}
