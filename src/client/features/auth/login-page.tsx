// The first screen a phone loads, so it carries no form or schema library (docs/performance.md): two
// fields checked by the shared sign-in rule, and the rare screens (first set-up, a disabled account's
// unsent work) loaded only when needed.
import { lazy, Suspense, useState, type SyntheticEvent } from 'react';
import type { PublicUser } from '../../../shared/schemas/user.ts';
import { signInProblems, type SignInProblems } from '../../../shared/schemas/username.ts';
import { useSetupNeeded } from './setup-needed.ts';
import { signIn, UnsentChangesError } from '../../session/sign-in.ts';
import { ApiError } from '../../sync/api.ts';
import { TextInput } from '../../ui/fields.tsx';
import { localeStore, useLocale, useT, type Translate } from '../../i18n/locale.ts';
import { FormCard } from '../../ui/form-card.tsx';

const DisabledNotice = lazy(() =>
  import('./disabled-notice.tsx').then((m) => ({ default: m.DisabledNotice })),
);
const FirstSetup = lazy(() => import('./first-setup.tsx').then((m) => ({ default: m.FirstSetup })));

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
  const [problems, setProblems] = useState<SignInProblems>({});
  const [submitting, setSubmitting] = useState(false);
  const setupNeeded = useSetupNeeded();
  const onSubmit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (key: string) => {
      const value = form.get(key);
      return typeof value === 'string' ? value : '';
    };
    const name = field('username');
    const password = field('password');
    const found = signInProblems(name, password);
    setProblems(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    try {
      await signIn(name, password);
    } catch (error) {
      setFailure(failureMessage(error, t));
    } finally {
      setSubmitting(false);
    }
  };
  if (setupNeeded && !expired)
    return (
      <main className="login">
        <Suspense>
          <FirstSetup />
        </Suspense>
      </main>
    );
  return (
    <main className="login">
      <FormCard label={t('Đăng nhập')} onSubmit={onSubmit}>
        <h1>{t('Diễn đàn trẻ em Kon Tum')}</h1>
        {disabledUser && (
          <Suspense>
            <DisabledNotice user={disabledUser} />
          </Suspense>
        )}
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
          name="username"
          defaultValue={username ?? ''}
          error={problems.username}
        />
        <TextInput
          label={t('Mật khẩu')}
          type="password"
          autoComplete="current-password"
          name="password"
          error={problems.password}
        />
        {failure && (
          <p className="form__failure" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={submitting}>
          {submitting ? t('Đang đăng nhập…') : t('Đăng nhập')}
        </button>
        <button
          type="button"
          className="linklike"
          lang={locale === 'vi' ? 'en' : 'vi'}
          onClick={() => void localeStore.set(locale === 'vi' ? 'en' : 'vi')}
        >
          {locale === 'vi' ? 'English' : 'Tiếng Việt'}
        </button>
      </FormCard>
    </main>
  );
}
