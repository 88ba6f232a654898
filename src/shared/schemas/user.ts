import { z } from 'zod/mini';
import { code, text } from './fields.ts';
import {
  PASSWORD_MAX,
  PASSWORD_REQUIRED,
  USERNAME_MESSAGE,
  USERNAME_PATTERN,
  USERNAME_REQUIRED,
} from './username.ts';

export const ROLES = ['collaborator', 'district', 'province', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const PASSWORD_MIN = 10;

export const passwordSchema = z
  .string({ error: PASSWORD_REQUIRED })
  .check(
    z.minLength(PASSWORD_MIN, `Mật khẩu cần ít nhất ${PASSWORD_MIN} ký tự`),
    z.maxLength(PASSWORD_MAX, 'Mật khẩu quá dài'),
  );

export const usernameSchema = z
  .string({ error: USERNAME_REQUIRED })
  .check(z.trim(), z.toLowerCase(), z.regex(USERNAME_PATTERN, USERNAME_MESSAGE));

export const newUserSchema = z.strictObject({
  username: usernameSchema,
  displayName: text(200),
  /** Left out, the server makes a one-time password; either way it is changed at first sign-in. */
  password: z.optional(passwordSchema),
  role: z.enum(ROLES, { error: 'Vai trò không hợp lệ' }),
  unitCode: code(),
});
export type NewUser = z.infer<typeof newUserSchema>;

export const userPatchSchema = z.strictObject({
  displayName: z.optional(text(200)),
  disabled: z.optional(z.boolean()),
  unitCode: z.optional(code()),
  role: z.optional(z.enum(ROLES)),
});

export const loginSchema = z.strictObject({
  username: usernameSchema,
  password: z
    .string({ error: PASSWORD_REQUIRED })
    .check(z.minLength(1, PASSWORD_REQUIRED), z.maxLength(PASSWORD_MAX, 'Mật khẩu quá dài')),
});

/** An account as the server shows it to the account itself and to administrators. */
export const publicUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  unitCode: z.string(),
  /** Signed in with a one-time password: it must be changed before anything else. */
  mustChangePassword: z.optional(z.boolean()),
});
export type PublicUser = z.infer<typeof publicUserSchema>;
