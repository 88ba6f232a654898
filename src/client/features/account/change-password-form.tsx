// Choosing one's own password: after a one-time password (forced, before anything else) or at any
// time from "Tài khoản". The server checks it against the common-password list and the username.
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import { passwordSchema, publicUserSchema } from '../../../shared/schemas/user.ts';
import { useT } from '../../i18n/locale.ts';
import { api } from '../../runtime.ts';
import { sessionStore } from '../../session/store.ts';
import { NewPasswordInput, TextInput } from '../../ui/fields.tsx';
import { reportApiError } from '../../ui/problem-errors.ts';
import { FormCard } from '../../ui/form-card.tsx';
import { fieldBinder } from '../../ui/field-props.ts';
import { Failure } from '../../ui/failure.tsx';

const changeSchema = z
  .strictObject({
    currentPassword: z.string().check(z.minLength(1, 'Nhập mật khẩu hiện tại')),
    newPassword: passwordSchema,
    repeat: z.string(),
  })
  .check(
    z.refine((values) => values.newPassword === values.repeat, {
      message: 'Hai lần nhập mật khẩu mới không giống nhau',
      path: ['repeat'],
    }),
  );
type ChangeValues = z.infer<typeof changeSchema>;

export function ChangePasswordForm({ forced, onDone }: { forced: boolean; onDone?: () => void }) {
  const t = useT();
  const [failure, setFailure] = useState('');
  const [done, setDone] = useState(false);
  const form = useForm<ChangeValues>({
    resolver: zodResolver(changeSchema),
    defaultValues: { currentPassword: '', newPassword: '', repeat: '' },
  });
  const { handleSubmit, formState, setError, reset } = form;
  const field = fieldBinder(form);

  const onSubmit = handleSubmit(async ({ currentPassword, newPassword }) => {
    setFailure('');
    try {
      const user = await api.post(
        '/api/me/password',
        { currentPassword, newPassword },
        publicUserSchema,
      );
      await sessionStore.updateUser(user);
      reset();
      setDone(true);
      onDone?.();
    } catch (error) {
      setFailure(reportApiError(error, setError, ['currentPassword', 'newPassword']));
    }
  });

  return (
    <FormCard label={t('Đổi mật khẩu')} onSubmit={onSubmit}>
      <h2>{t('Đổi mật khẩu')}</h2>
      {forced && (
        <p className="notice" role="status">
          {t('Bạn đang dùng mật khẩu tạm thời. Hãy chọn mật khẩu của riêng mình để tiếp tục.')}
        </p>
      )}
      <TextInput
        label={forced ? t('Mật khẩu tạm thời') : t('Mật khẩu hiện tại')}
        type="password"
        autoComplete="current-password"
        {...field('currentPassword')}
      />
      <NewPasswordInput label={t('Mật khẩu mới')} {...field('newPassword')} />
      <TextInput
        label={t('Nhập lại mật khẩu mới')}
        type="password"
        autoComplete="new-password"
        {...field('repeat')}
      />
      <Failure text={failure} />
      {done && !forced && (
        <p className="notice" role="status">
          {t('Đã đổi mật khẩu. Các thiết bị khác đã được đăng xuất.')}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
        {t('Đổi mật khẩu')}
      </button>
    </FormCard>
  );
}
