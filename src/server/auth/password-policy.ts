// What a password must be (docs/security.md § Passwords): at least 10 characters, not one of the
// tens of thousands of passwords most often found in leaks (zxcvbn-ts's maintained list), and not
// the username. Checked for every password set: accounts, resets, changes and ADMIN_PASSWORD.
import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MIN } from '../../shared/schemas/user.ts';
import { HttpProblem } from '../http/problem.ts';

const COMMON = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));

/** Vietnamese reasons the password cannot be used; empty when it can. */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  const folded = password.normalize('NFC').toLowerCase();
  if (password.length < PASSWORD_MIN) problems.push(`Mật khẩu cần ít nhất ${PASSWORD_MIN} ký tự`);
  if (COMMON.has(folded))
    problems.push('Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác');
  const name = username.toLowerCase();
  if (name.length > 0 && (folded === name || folded.includes(name)))
    problems.push('Mật khẩu không được chứa tên đăng nhập');
  if (/^(.)\1+$/u.test(folded)) problems.push('Mật khẩu không được chỉ lặp lại một ký tự');
  return problems;
}

/**
 * Refuses a password that cannot be used, with each reason beside the form's field (`path`).
 * `also` adds reasons only the caller knows (a new password equal to the current one).
 */
export function requireUsablePassword(
  password: string,
  username: string,
  {
    path = 'password',
    title = 'Mật khẩu chưa dùng được',
    also = [],
  }: { path?: string; title?: string; also?: string[] } = {},
): void {
  const problems = [...passwordProblems(password, username), ...also];
  if (problems.length === 0) return;
  throw new HttpProblem(
    400,
    title,
    undefined,
    problems.map((message) => ({ path, message })),
  );
}
