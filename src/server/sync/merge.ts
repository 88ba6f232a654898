// The one hard rule of collaboration: how an incoming change to a record meets the stored one.
//
// Field by field. A change made by a device that had already seen the stored value of a field
// (the field was last changed at or before the device's baseVersion)
// (or by the same device, whose own changes are ordered) simply replaces it. A change
// made concurrently with another (the field changed after the device's base) is decided by the
// hybrid logical clock: the later stamp wins on every device, and the losing value is returned as
// a conflict so that nothing is overwritten silently.

import { sameValue } from '../../shared/same-value.ts';

export interface StoredRecord {
  data: Record<string, unknown>;
  stamps: Record<string, string>;
  fieldVersions: Record<string, number>;
}

export interface IncomingChange {
  patch: Record<string, unknown>;
  hlc: string;
  baseVersion: number;
}

export interface FieldConflict {
  field: string;
  keptValue: unknown;
  keptHlc: string;
  lostValue: unknown;
  lostHlc: string;
  /** Which side lost: the stored value (incoming won) or the incoming one. */
  loser: 'stored' | 'incoming';
}

export interface MergeResult extends StoredRecord {
  changedFields: string[];
  conflicts: FieldConflict[];
}

const hlcNode = (stamp: string) => stamp.slice(stamp.lastIndexOf('-') + 1);

export function mergeChange(
  stored: StoredRecord | null,
  change: IncomingChange,
  version: number,
): MergeResult {
  const data = { ...stored?.data };
  const stamps = { ...stored?.stamps };
  const fieldVersions = { ...stored?.fieldVersions };
  const changedFields: string[] = [];
  const conflicts: FieldConflict[] = [];

  for (const [field, value] of Object.entries(change.patch)) {
    const storedStamp = stamps[field];
    const storedValue = data[field];
    let taken = false;

    if (storedStamp === undefined || !(field in data)) {
      taken = true;
    } else if (sameValue(storedValue, value)) {
      if (change.hlc > storedStamp) stamps[field] = change.hlc;
    } else if (
      (fieldVersions[field] ?? 0) <= change.baseVersion ||
      hlcNode(storedStamp) === hlcNode(change.hlc)
    ) {
      taken = true;
    } else {
      const incomingWins = change.hlc > storedStamp;
      conflicts.push(
        incomingWins
          ? {
              field,
              keptValue: value,
              keptHlc: change.hlc,
              lostValue: storedValue,
              lostHlc: storedStamp,
              loser: 'stored',
            }
          : {
              field,
              keptValue: storedValue,
              keptHlc: storedStamp,
              lostValue: value,
              lostHlc: change.hlc,
              loser: 'incoming',
            },
      );
      taken = incomingWins;
    }
    // A plain flag, not a closure per field: this loop runs for every field of every pushed change.
    if (taken) {
      data[field] = value;
      stamps[field] = change.hlc;
      fieldVersions[field] = version;
      changedFields.push(field);
    }
  }
  return { data, stamps, fieldVersions, changedFields, conflicts };
}
