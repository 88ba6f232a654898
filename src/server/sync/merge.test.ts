import { describe, expect, it } from 'vitest';
import { mergeChange, type StoredRecord } from './merge.ts';

const A = '00000000a0-00000-aaaaaaaaaaaaaaaa';
const B = '00000000b0-00000-bbbbbbbbbbbbbbbb';
const C = '00000000c0-00000-cccccccccccccccc';

const created = mergeChange(
  null,
  { patch: { venue: 'Nhà văn hóa', adults: 3 }, hlc: A, baseVersion: 0 },
  1,
);
const stored: StoredRecord = created;

describe('mergeChange', () => {
  it('creates every field of a new record', () => {
    expect(created.data).toEqual({ venue: 'Nhà văn hóa', adults: 3 });
    expect(created.changedFields).toEqual(['venue', 'adults']);
    expect(created.fieldVersions).toEqual({ venue: 1, adults: 1 });
  });

  it('keeps edits of different fields from two devices', () => {
    const first = mergeChange(
      stored,
      { patch: { venue: 'Trường học' }, hlc: B, baseVersion: 1 },
      2,
    );
    const second = mergeChange(first, { patch: { adults: 5 }, hlc: C, baseVersion: 1 }, 3);
    expect(second.data).toEqual({ venue: 'Trường học', adults: 5 });
    expect(second.conflicts).toEqual([]);
  });

  it('lets the later stamp win a concurrent edit of one field and keeps the loser', () => {
    const later = mergeChange(stored, { patch: { venue: 'Later' }, hlc: C, baseVersion: 1 }, 2);
    const earlier = mergeChange(later, { patch: { venue: 'Earlier' }, hlc: B, baseVersion: 1 }, 3);
    expect(earlier.data['venue']).toBe('Later');
    expect(earlier.changedFields).toEqual([]);
    expect(earlier.conflicts).toEqual([
      {
        field: 'venue',
        keptValue: 'Later',
        keptHlc: C,
        lostValue: 'Earlier',
        lostHlc: B,
        loser: 'incoming',
      },
    ]);
  });

  it('decides the same way whichever edit arrives first', () => {
    const order1 = mergeChange(
      mergeChange(stored, { patch: { venue: 'X' }, hlc: B, baseVersion: 1 }, 2),
      { patch: { venue: 'Y' }, hlc: C, baseVersion: 1 },
      3,
    );
    const order2 = mergeChange(
      mergeChange(stored, { patch: { venue: 'Y' }, hlc: C, baseVersion: 1 }, 2),
      { patch: { venue: 'X' }, hlc: B, baseVersion: 1 },
      3,
    );
    expect(order1.data['venue']).toBe('Y');
    expect(order2.data['venue']).toBe('Y');
    expect(order1.conflicts[0]?.lostValue).toBe('X');
    expect(order2.conflicts[0]?.lostValue).toBe('X');
  });

  it('lets a device that saw the stored value replace it even with a slow clock', () => {
    const later = mergeChange(stored, { patch: { venue: 'Later' }, hlc: C, baseVersion: 1 }, 2);
    const sequential = mergeChange(later, { patch: { venue: 'Next' }, hlc: B, baseVersion: 2 }, 3);
    expect(sequential.data['venue']).toBe('Next');
    expect(sequential.conflicts).toEqual([]);
  });

  it('never counts two offline edits from the same device as a conflict', () => {
    const A2 = '00000000d0-00000-aaaaaaaaaaaaaaaa';
    const first = mergeChange(stored, { patch: { venue: 'One' }, hlc: B, baseVersion: 1 }, 2);
    const own = mergeChange(first, { patch: { venue: 'Two' }, hlc: A2, baseVersion: 0 }, 3);
    const ownAgain = mergeChange(stored, { patch: { venue: 'Two' }, hlc: A2, baseVersion: 0 }, 2);
    expect(ownAgain.conflicts).toEqual([]);
    expect(own.conflicts).toHaveLength(1); // B's edit is another device's: a real conflict
  });

  it('treats the same value from two devices as agreement, not conflict', () => {
    const result = mergeChange(stored, { patch: { adults: 3 }, hlc: C, baseVersion: 0 }, 2);
    expect(result.conflicts).toEqual([]);
    expect(result.changedFields).toEqual([]);
  });
});
