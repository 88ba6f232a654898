import { describe, expect, it } from 'vitest';
import { isoDate } from '../../shared/schemas/fields.ts';
import { daysUntil, displayToIso, isoToDisplay } from './dates.ts';

describe('dates', () => {
  it('reads dd/mm/yyyy as Vietnamese offices write it', () => {
    expect(displayToIso('05/06/2023')).toBe('2023-06-05');
    expect(displayToIso('5/6/2023')).toBe('2023-06-05');
    expect(isoToDisplay('2023-06-30')).toBe('30/06/2023');
  });
  it('hands an impossible date to the schema, which names what is wrong', () => {
    expect(displayToIso('31/02/2023')).toBe('2023-02-31');
    expect(isoDate().safeParse(displayToIso('31/02/2023')).error?.issues[0]?.message).toBe(
      'Ngày này không có trên lịch',
    );
    expect(isoDate().safeParse(displayToIso('01/13/2023')).error?.issues[0]?.message).toBe(
      'Ngày không hợp lệ (dd/mm/yyyy)',
    );
    expect(displayToIso('hôm qua')).toBe('hôm qua');
  });
  it('counts days left to a deadline', () => {
    const now = new Date(2023, 5, 18, 10, 0);
    expect(daysUntil('2023-06-30', now)).toBe(12);
    expect(daysUntil('2023-06-15', now)).toBe(-3);
  });
});
