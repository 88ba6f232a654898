import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { loginSchema, type PublicUser } from '../../../shared/schemas/user.ts';
import { DisabledNotice } from './disabled-notice.tsx';
import { FirstSetup, useSetupNeeded } from './first-setup.tsx';
import { signIn, UnsentChangesError } from '../../session/sign-in.ts';
import { ApiError } from '../../sync/api.ts';
import { TextInput } from '../../ui/fields.tsx';
import { localeStore, useLocale, useT, type Translate } from '../../i18n/locale.ts';

interface LoginValues {
  username: string;
  password: string;
}

function failureMessage(error: unknown, t: Translate): string {
  if (error instanceof UnsentChangesError) {
    return t(
      'Máy này còn {n} thay đổi chưa gửi của tài khoản “{owner}”. Hãy đăng nhập bằng tài khoản đó và đồng bộ trước.',
      { n: error.count, owner: error.owner },
    );
  }
  if (error instanceof ApiError) {
    if (error.kind === 'offline')
      return t(
        'Không có mạng. Lần đăng nhập đầu tiên cần có mạng; sau đó ứng dụng dùng được khi không có mạng.',
      );
    if (error.status === 429) return t('Đăng nhập sai quá nhiều lần. Hãy đợi ít phút rồi thử lại.');
    if (error.status === 401) return t('Sai tên đăng nhập hoặc mật khẩu.');
  }
  return t('Chưa đăng nhập được. Hãy thử lại.');
}

export function LoginPage({
  username,
  expired,
  disabledUser,
}: {
  username?: string | undefined;
  expired?: boolean;
  /** The account was disabled: its unsent changes are kept and can be handed over as a file. */
  disabledUser?: PublicUser;
}) {
  const t = useT();
  const locale = useLocale();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<LoginValues>({
    resolver: zodResolver(loginSchema),
    defaultValues: { username: username ?? '', password: '' },
  });
  const setupNeeded = useSetupNeeded();
  const onSubmit = handleSubmit(async ({ username: name, password }) => {
    setFailure(null);
    try {
      await signIn(name, password);
    } catch (error) {
      setFailure(failureMessage(error, t));
    }
  });
  if (setupNeeded && !expired)
    return (
      <main className="login">
        <FirstSetup />
      </main>
    );
  return (
    <main className="login">
      <form
        className="card form"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-label={t('Đăng nhập')}
      >
        <h1>{t('Diễn đàn trẻ em Kon Tum')}</h1>
        {disabledUser && <DisabledNotice user={disabledUser} />}
        {expired && !disabledUser && (
          <p className="notice" role="status">
            {t(
              'Phiên đăng nhập đã hết hạn. Hãy nhập lại mật khẩu; dữ liệu chưa gửi vẫn được giữ trên máy.',
            )}
          </p>
        )}
        <TextInput
          label={t('Tên đăng nhập')}
          autoComplete="username"
          autoCapitalize="none"
          {...register('username')}
          error={formState.errors.username?.message}
        />
        <TextInput
          label={t('Mật khẩu')}
          type="password"
          autoComplete="current-password"
          {...register('password')}
          error={formState.errors.password?.message}
        />
        {failure && (
          <p className="form__failure" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('Đang đăng nhập…') : t('Đăng nhập')}
        </button>
        <button
          type="button"
          className="linklike"
          lang={locale === 'vi' ? 'en' : 'vi'}
          onClick={() => void localeStore.set(locale === 'vi' ? 'en' : 'vi')}
        >
          {locale === 'vi' ? 'English' : 'Tiếng Việt'}
        </button>
      </form>
    </main>
  );
}
