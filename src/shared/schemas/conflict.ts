import { z } from 'zod/mini';
import { code, text } from './fields.ts';

/** A value that lost a same-field merge. Kept so nothing is overwritten silently. */
export const conflictSchema = z.strictObject({
  entity: text(40),
  recordId: text(200),
  unitCode: code(),
  field: text(100),
  keptValue: z.unknown(),
  keptHlc: text(60),
  lostValue: z.unknown(),
  lostHlc: text(60),
  lostBy: z.nullable(text(100)),
  resolved: z.boolean(),
  resolvedBy: z.nullable(text(100)),
  resolution: z.nullable(z.enum(['kept', 'restored'])),
});
export type Conflict = z.infer<typeof conflictSchema>;
