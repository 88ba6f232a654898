// The very first start of a server without ADMIN_PASSWORD: whoever holds the server's terminal
// reads the set-up code it printed and creates the administrator here, with a password of their own.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { text } from '../../../shared/schemas/fields.ts';
import { passwordSchema, usernameSchema } from '../../../shared/schemas/user.ts';
import { useT } from '../../i18n/locale.ts';
import { api } from '../../runtime.ts';
import { completeSignIn } from '../../session/sign-in.ts';
import { sessionSchema } from '../../../shared/responses.ts';
import { NewPasswordInput, TextInput } from '../../ui/fields.tsx';
import { reportApiError } from '../../ui/problem-errors.ts';
import { FormCard } from '../../ui/form-card.tsx';
import { fieldBinder } from '../../ui/field-props.ts';
import { Failure } from '../../ui/failure.tsx';

const setupSchema = z.strictObject({
  code: z.string().check(z.trim(), z.minLength(1, 'Nhập mã thiết lập')),
  username: usernameSchema,
  displayName: text(200),
  password: passwordSchema,
});
type SetupValues = z.infer<typeof setupSchema>;

export function FirstSetup() {
  const t = useT();
  const [failure, setFailure] = useState('');
  const form = useForm<SetupValues>({
    resolver: zodResolver(setupSchema),
    defaultValues: { code: '', username: 'admin', displayName: 'Quản trị hệ thống', password: '' },
  });
  const { handleSubmit, formState, setError } = form;
  const field = fieldBinder(form);
  const onSubmit = handleSubmit(async (values) => {
    setFailure('');
    try {
      await completeSignIn(await api.post('/api/setup', values, sessionSchema));
    } catch (error) {
      setFailure(reportApiError(error, setError, ['code', 'username', 'displayName', 'password']));
    }
  });
  return (
    <FormCard label={t('Thiết lập lần đầu')} onSubmit={onSubmit}>
      <h1>{t('Thiết lập lần đầu')}</h1>
      <p>
        {t(
          'Máy chủ chưa có tài khoản quản trị. Nhập mã thiết lập hiện trong cửa sổ dòng lệnh của máy chủ, rồi chọn tên đăng nhập và mật khẩu của người quản trị.',
        )}
      </p>
      <TextInput label={t('Mã thiết lập')} autoCapitalize="characters" {...field('code')} />
      <TextInput label={t('Tên đăng nhập')} autoCapitalize="none" {...field('username')} />
      <TextInput label={t('Họ và tên')} {...field('displayName')} />
      <NewPasswordInput label={t('Mật khẩu')} {...field('password')} />
      <Failure text={failure} />
      <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
        {t('Tạo tài khoản quản trị')}
      </button>
    </FormCard>
  );
}
