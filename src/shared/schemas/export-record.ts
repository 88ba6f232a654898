// What a device tells the server about an export it made (the audit log records who took data out).
import { z } from 'zod/mini';
import { code } from './fields.ts';

export const EXPORT_KINDS = [
  'district-report',
  'province-report',
  'recommendations',
  'full-data',
  'work-programme',
  'outbox-file',
] as const;
export const EXPORT_FORMATS = ['docx', 'xlsx', 'csv', 'json', 'print'] as const;

export const exportRecordSchema = z.strictObject({
  /** The device's own id for the export, so a report sent twice is recognisable. */
  id: z.uuid(),
  kind: z.enum(EXPORT_KINDS),
  format: z.enum(EXPORT_FORMATS),
  unitCode: code(),
  rows: z.int().check(z.minimum(0), z.maximum(10_000_000)),
  madeAt: z.iso.datetime(),
});
export type ExportRecord = z.infer<typeof exportRecordSchema>;
