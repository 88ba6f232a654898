// What the server answers outside sync, as schemas: the server's routes return these types and the
// device parses each answer with them, so a reply of the wrong shape is caught at the door instead
// of stored (the sync answers are in protocol.ts).
import { z } from 'zod/mini';
import { publicUserSchema } from './schemas/user.ts';

export const sessionSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: publicUserSchema,
});
export type Session = z.infer<typeof sessionSchema>;

export const setupStatusSchema = z.object({ needed: z.boolean() });

export const accountSchema = z.extend(publicUserSchema, { disabled: z.boolean() });
export type Account = z.infer<typeof accountSchema>;

export const oneTimePasswordSchema = z.object({ oneTimePassword: z.string() });

/**
 * A created account with its one-time password. The server leaves the password out only when the
 * caller chose one, which the accounts screen never does.
 */
export const createdAccountSchema = z.object({ user: accountSchema, oneTimePassword: z.string() });

/** One of the account's open sessions, named by a prefix of its hash, never by its token. */
export const sessionInfoSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string(),
  expiresAt: z.string(),
  userAgent: z.nullable(z.string()),
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const uploadStatusSchema = z.object({
  /** Bytes the server holds of this file: the next piece starts here. */
  received: z.int(),
  complete: z.boolean(),
});
export type UploadStatus = z.infer<typeof uploadStatusSchema>;
