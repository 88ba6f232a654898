import { z } from 'zod/mini';
import { code, count, isoDate, level, text, year } from './fields.ts';

export const themeSchema = z.strictObject({ code: code(), title: text(500) });
export type Theme = z.infer<typeof themeSchema>;

export const deadlineSchema = z.strictObject({
  code: code(),
  level: level(),
  title: text(500),
  due: isoDate(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** The yearly plan (Kế hoạch). A plan owns its themes: they change from year to year. */
export const planSchema = z.strictObject({
  year: year(),
  title: text(500),
  issuer: text(300),
  overallTheme: text(500),
  themes: z.array(themeSchema).check(z.minLength(1, 'Cần ít nhất một chủ đề')),
  deadlines: z.array(deadlineSchema),
  minimumChildren: z.strictObject({
    commune: count(),
    district: count(),
    province: count(),
    national: count(),
  }),
});
export type Plan = z.infer<typeof planSchema>;
