import { z } from 'zod/mini';
import { code, text } from './fields.ts';

export const UNIT_TYPES = [
  'province',
  'city',
  'district',
  'town',
  'commune',
  'ward',
  'township',
] as const;

/** An administrative unit. Province ⊃ district ⊃ commune; editable because Vietnam reorganises them. */
export const unitSchema = z.strictObject({
  name: text(200),
  type: z.enum(UNIT_TYPES, { error: 'Loại đơn vị không hợp lệ' }),
  level: z.enum(['province', 'district', 'commune'], { error: 'Cấp không hợp lệ' }),
  parentCode: z.nullable(code()),
  retired: z.boolean(),
  mergedInto: z.nullable(code()),
});
export type Unit = z.infer<typeof unitSchema>;
