// A password made by the server, shown once: the manager reads it out to its owner, who must choose
// their own at the first sign-in. It is not kept anywhere on this device.
import { useT } from '../../i18n/locale.ts';
import { Button } from '../../ui/button.tsx';

export function OneTimePassword({
  username,
  password,
  onDone,
}: {
  username: string;
  password: string;
  onDone: () => void;
}) {
  const t = useT();
  return (
    <div className="card notice" role="alert">
      <p>{t('Mật khẩu tạm thời của {username}:', { username })}</p>
      <p className="one-time-password">
        <code>{password}</code>
      </p>
      <p className="muted">
        {t(
          'Chỉ hiện một lần. Hãy báo cho người dùng; khi đăng nhập lần đầu họ phải đặt mật khẩu mới.',
        )}
      </p>
      <Button onClick={onDone}>{t('Đã ghi lại')}</Button>
    </div>
  );
}
