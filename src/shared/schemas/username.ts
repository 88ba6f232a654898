// The sign-in rule without the schema library: the sign-in screen is the first a phone loads, and
// checks it before asking the server. `loginSchema` (user.ts) is built from the same pieces, and a
// test keeps the two in agreement.
export const USERNAME_PATTERN = /^[a-z0-9._-]{3,50}$/;
export const USERNAME_MESSAGE = 'Tên đăng nhập 3–50 ký tự: chữ không dấu, số, . _ -';
export const USERNAME_REQUIRED = 'Bắt buộc nhập tên đăng nhập';
export const PASSWORD_REQUIRED = 'Bắt buộc nhập mật khẩu';
export const PASSWORD_MAX = 200;

export const normalizeUsername = (raw: string) => raw.trim().toLowerCase();

export interface SignInProblems {
  username?: string;
  password?: string;
}

/** What is wrong with a sign-in before it is sent (nothing: an empty object). */
export function signInProblems(username: string, password: string): SignInProblems {
  const problems: SignInProblems = {};
  const name = normalizeUsername(username);
  if (name === '') problems.username = USERNAME_REQUIRED;
  else if (!USERNAME_PATTERN.test(name)) problems.username = USERNAME_MESSAGE;
  if (password === '') problems.password = PASSWORD_REQUIRED;
  else if (password.length > PASSWORD_MAX) problems.password = 'Mật khẩu quá dài';
  return problems;
}
