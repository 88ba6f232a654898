// What of a child leaves the child's district (docs/security.md § Children's data). Forums count
// children and recommendations carry at most age band and gender by their schemas; the only named
// child is an attendee on a training's attendance sheet, and beyond the district that attendee is
// counted (role, gender), never described.
import { REDACTED_NAME, type Attendee } from '../schemas/training.ts';

/** The fields that could identify a child attendee. */
export const CHILD_PRIVATE_FIELDS = ['name', 'birthYear', 'ethnicity', 'consentDate'] as const;

interface PersonLike {
  role?: unknown;
  name?: unknown;
}

export function isChildAttendee(data: PersonLike | null | undefined): boolean {
  return data?.role === 'child';
}

/** A child attendee as staff beyond the district receive it: counted, not described. */
export function redactedChildAttendee(data: Record<string, unknown>): Record<string, unknown> {
  const redacted: Partial<Record<keyof Attendee, unknown>> = {
    ...data,
    name: REDACTED_NAME,
    birthYear: null,
    ethnicity: '',
    consentDate: null,
  };
  return redacted;
}

/** Whether a record is a child attendee seen without the name (so the device must not edit it). */
export function isRedacted(data: PersonLike): boolean {
  return isChildAttendee(data) && data.name === REDACTED_NAME;
}

/**
 * A conflict about an attendee's identifying field keeps both values; beyond the district they are
 * withheld whatever the attendee's role, since the conflict alone cannot tell.
 */
export function redactedConflict(data: Record<string, unknown>): Record<string, unknown> {
  const field = data['field'];
  if (
    data['entity'] === 'attendee' &&
    typeof field === 'string' &&
    (CHILD_PRIVATE_FIELDS as readonly string[]).includes(field)
  )
    return { ...data, keptValue: REDACTED_NAME, lostValue: REDACTED_NAME };
  return data;
}
