import { describe, expect, it } from 'vitest';
import { signInProblems } from './username.ts';
import { loginSchema } from './user.ts';

// The sign-in screen checks without zod; the server checks with loginSchema. They must agree, or a
// phone would send what the server refuses (or refuse what it accepts).
const cases: [string, string][] = [
  ['admin', 'x'],
  ['  Nguyen.Van-A_1 ', 'secret'],
  ['', 'secret'],
  ['   ', 'secret'],
  ['ab', 'secret'],
  ['a'.repeat(50), 'p'],
  ['a'.repeat(51), 'p'],
  ['nguyễn', 'p'],
  ['user name', 'p'],
  ['admin', ''],
  ['admin', 'p'.repeat(200)],
  ['admin', 'p'.repeat(201)],
];

describe('signInProblems', () => {
  it.each(cases)('agrees with loginSchema for %j / %j', (username, password) => {
    const problems = signInProblems(username, password);
    const parsed = loginSchema.safeParse({ username, password });
    expect(Object.keys(problems).length === 0).toBe(parsed.success);
    if (parsed.success) return;
    const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
    expect(new Set(Object.keys(problems))).toEqual(fields);
  });

  it('says what to do, beside the field', () => {
    expect(signInProblems('', '')).toEqual({
      username: 'Bắt buộc nhập tên đăng nhập',
      password: 'Bắt buộc nhập mật khẩu',
    });
    expect(signInProblems('nguyễn', 'p').username).toMatch(/chữ không dấu/);
  });
});
