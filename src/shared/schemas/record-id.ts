import { z } from 'zod/mini';

/** A record's id as both sides accept it: made on the device, so checked wherever it arrives. */
export const recordId = () =>
  z
    .string({ error: 'Thiếu mã bản ghi' })
    .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,199}$/, 'Mã bản ghi không hợp lệ'));
