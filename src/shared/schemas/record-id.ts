import { z } from 'zod/mini';

/** The form of a record's id, for code that only needs to know whether an id is well formed. */
export const RECORD_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,199}$/;

/** A record's id as both sides accept it: made on the device, so checked wherever it arrives. */
export const recordId = () =>
  z
    .string({ error: 'Thiếu mã bản ghi' })
    .check(z.regex(RECORD_ID_PATTERN, 'Mã bản ghi không hợp lệ'));
