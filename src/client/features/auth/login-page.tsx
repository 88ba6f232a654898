import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { loginSchema } from '../../../shared/schemas/user.ts';
import { signIn, UnsentChangesError } from '../../session/sign-in.ts';
import { ApiError } from '../../sync/api.ts';
import { TextInput } from '../../ui/fields.tsx';

interface LoginValues {
  username: string;
  password: string;
}

function failureMessage(error: unknown): string {
  if (error instanceof UnsentChangesError) {
    return `Máy này còn ${error.count} thay đổi chưa gửi của tài khoản “${error.owner}”. Hãy đăng nhập bằng tài khoản đó và đồng bộ trước.`;
  }
  if (error instanceof ApiError) {
    if (error.kind === 'offline')
      return 'Không có mạng. Lần đăng nhập đầu tiên cần có mạng; sau đó ứng dụng dùng được khi không có mạng.';
    if (error.status === 429) return 'Đăng nhập sai quá nhiều lần. Hãy đợi ít phút rồi thử lại.';
    if (error.status === 401) return 'Sai tên đăng nhập hoặc mật khẩu.';
  }
  return 'Chưa đăng nhập được. Hãy thử lại.';
}

export function LoginPage({
  username,
  expired,
}: {
  username?: string | undefined;
  expired?: boolean;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<LoginValues>({
    resolver: zodResolver(loginSchema),
    defaultValues: { username: username ?? '', password: '' },
  });
  const onSubmit = handleSubmit(async ({ username: name, password }) => {
    setFailure(null);
    try {
      await signIn(name, password);
    } catch (error) {
      setFailure(failureMessage(error));
    }
  });
  return (
    <main className="login">
      <form
        className="card form"
        onSubmit={(event) => void onSubmit(event)}
        noValidate
        aria-label="Đăng nhập"
      >
        <h1>Diễn đàn trẻ em Kon Tum</h1>
        {expired && (
          <p className="notice" role="status">
            Phiên đăng nhập đã hết hạn. Hãy nhập lại mật khẩu; dữ liệu chưa gửi vẫn được giữ trên
            máy.
          </p>
        )}
        <TextInput
          label="Tên đăng nhập"
          autoComplete="username"
          autoCapitalize="none"
          {...register('username')}
          error={formState.errors.username?.message}
        />
        <TextInput
          label="Mật khẩu"
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
          {formState.isSubmitting ? 'Đang đăng nhập…' : 'Đăng nhập'}
        </button>
      </form>
    </main>
  );
}
