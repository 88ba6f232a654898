// After a reset, or for a new account: the one-time password opens only this screen.
import { useT } from '../../i18n/locale.ts';
import { signOut } from '../../session/sign-in.ts';
import { ChangePasswordForm } from './change-password-form.tsx';

export function ForcedChangePage() {
  const t = useT();
  return (
    <main className="login">
      <ChangePasswordForm forced />
      <button type="button" className="linklike" onClick={() => void signOut()}>
        {t('Đăng xuất')}
      </button>
    </main>
  );
}
