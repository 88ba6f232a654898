// Field builders shared by every entity schema. Messages are Vietnamese because they are shown
// beside form fields and returned by the API to the same users.
import { z } from 'zod/mini';

z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'unrecognized_keys':
        return `Trường không được phép: ${issue.keys.join(', ')}`;
      case 'invalid_type':
        return issue.input === undefined ? 'Bắt buộc nhập' : 'Sai kiểu dữ liệu';
      case 'too_big':
        return 'Giá trị quá lớn';
      case 'too_small':
        return 'Giá trị quá nhỏ';
      default:
        return 'Giá trị không hợp lệ';
    }
  },
});

export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

// A NUL byte or a lone UTF-16 surrogate is not text: PostgreSQL refuses both, and they render as garbage.
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const NOT_TEXT = /[\u0000\p{Cs}]/u;
const wellFormed = z.refine<string>((value) => !NOT_TEXT.test(value), 'Có ký tự không hợp lệ');

export const text = (max: number, required = true) =>
  required
    ? z
        .string({ error: 'Bắt buộc nhập' })
        .check(
          z.trim(),
          z.minLength(1, 'Không được để trống'),
          z.maxLength(max, `Tối đa ${max} ký tự`),
          wellFormed,
        )
    : z
        .string({ error: 'Phải là chữ' })
        .check(z.trim(), z.maxLength(max, `Tối đa ${max} ký tự`), wellFormed);

export const uuid = () => z.string({ error: 'Thiếu mã' }).check(z.uuid('Mã không hợp lệ'));

export const code = () =>
  z
    .string({ error: 'Thiếu mã' })
    .check(
      z.regex(/^[a-z0-9][a-z0-9-]*(\/[a-z0-9][a-z0-9-]*)*$/, 'Mã không hợp lệ'),
      z.maxLength(120),
    );

/** Whether an ISO date names a day of the calendar: 2024-02-29 does, 2023-02-29 and 2024-02-31 do not. */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const isoDate = () =>
  z.string({ error: 'Bắt buộc nhập ngày' }).check(
    z.regex(ISO_DATE, 'Ngày không hợp lệ (dd/mm/yyyy)'),
    z.refine(
      (value) => !ISO_DATE.test(value) || isCalendarDate(value),
      'Ngày này không có trên lịch',
    ),
  );

export const count = () =>
  z
    .int({ error: 'Phải là số nguyên' })
    .check(z.minimum(0, 'Không được âm'), z.maximum(100_000, 'Số quá lớn'));

export const year = () =>
  z
    .int({ error: 'Năm không hợp lệ' })
    .check(z.minimum(2000, 'Năm không hợp lệ'), z.maximum(2100, 'Năm không hợp lệ'));

export const LEVELS = ['commune', 'district', 'province', 'national'] as const;
export const level = () => z.enum(LEVELS, { error: 'Chọn cấp' });
export type Level = (typeof LEVELS)[number];
