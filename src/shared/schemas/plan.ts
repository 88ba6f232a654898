import { z } from 'zod/mini';
import { code, count, isoDate, level, text, year } from './fields.ts';

/**
 * A theme of the year's plan. Its code is its identity: rewording keeps it, so recommendations
 * filed under it stay with it. A theme with recommendations is retired rather than removed.
 */
export const themeSchema = z.strictObject({
  code: code(),
  title: text(500),
  retired: z.optional(z.boolean()),
});
export type Theme = z.infer<typeof themeSchema>;

export const DEADLINE_KINDS = ['forum', 'report'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const deadlineSchema = z.strictObject({
  code: code(),
  level: level(),
  /** Hold the forum by the date, or send its report by the date (read from the code when absent). */
  kind: z.optional(z.enum(DEADLINE_KINDS)),
  title: text(500),
  due: isoDate(),
  /** A report due so many days after the unit's own forum (the commune report since 2025: 15). */
  withinDays: z.optional(z.nullable(z.int().check(z.minimum(1), z.maximum(366)))),
  /** The units that must meet it; absent or empty: every unit of its level in the plan's province. */
  targetUnits: z.optional(z.array(code()).check(z.maxLength(1000))),
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** The yearly plan (Kế hoạch). A plan owns its themes: they change from year to year. */
export const planSchema = z.strictObject({
  /** The province that issues the plan. */
  unitCode: code(),
  year: year(),
  title: text(500),
  issuer: text(300),
  overallTheme: text(500),
  themes: z.array(themeSchema).check(z.minLength(1, 'Cần ít nhất một chủ đề')),
  deadlines: z.array(deadlineSchema),
  /** Kế hoạch số … ngày …: the plan's document. */
  documentNumber: z.optional(text(100, false)),
  documentDate: z.optional(z.nullable(isoDate())),
  /** The day whose unit tree the year's reports group by (docs/units.md); else 31 December. */
  unitsAsOf: z.optional(z.nullable(isoDate())),
  minimumChildren: z.strictObject({
    commune: count(),
    district: count(),
    province: count(),
    national: count(),
  }),
});
export type Plan = z.infer<typeof planSchema>;
