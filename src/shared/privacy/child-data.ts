// What of a child leaves the child's district (docs/security.md § Children's data). Forums count
// children and recommendations carry at most age band and gender by their schemas. Two records can
// identify a child: an attendee on a training's attendance sheet, counted (role, gender) beyond the
// district, never described; and an attachment that shows children or is a guardian's consent form,
// whose file beyond the district is neither named nor reachable (no hash, so no download).
import type { EntityName } from '../entity-names.ts';
import { REDACTED_NAME, type Attendee } from '../schemas/training.ts';

/** The fields of an attachment that lead to its file or describe it. */
export const ATTACHMENT_PRIVATE_FIELDS = ['fileName', 'caption', 'sha256'] as const;

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

/** Whether an attachment's file shows or names children (a photo with them, a consent form). */
export function isChildFile(data: Record<string, unknown> | null | undefined): boolean {
  return data?.['showsChildren'] === true || data?.['kind'] === 'consent';
}

/** Whether a record of `entity` holds children's data that stays in the child's district. */
export function holdsChildData(
  entity: EntityName,
  data: Record<string, unknown> | null | undefined,
): boolean {
  if (entity === 'attendee') return isChildAttendee(data);
  if (entity === 'attachment') return isChildFile(data);
  return false;
}

/** A record holding children's data as staff beyond the child's district receive it. */
export function redactedChildRecord(
  entity: EntityName,
  data: Record<string, unknown>,
): Record<string, unknown> {
  if (entity === 'attendee') return redactedChildAttendee(data);
  return { ...data, fileName: REDACTED_NAME, caption: '', sha256: '' };
}

/** Whether a record is a child attendee seen without the name (so the device must not edit it). */
export function isRedacted(data: PersonLike): boolean {
  return isChildAttendee(data) && data.name === REDACTED_NAME;
}

/** Whether an attachment arrived without its file (children's data beyond the district). */
export function isRedactedFile(data: { sha256?: unknown }): boolean {
  return data.sha256 === '';
}

/**
 * A conflict about an attendee's identifying field keeps both values; beyond the district they are
 * withheld whatever the attendee's role, since the conflict alone cannot tell.
 */
export function redactedConflict(data: Record<string, unknown>): Record<string, unknown> {
  const field = data['field'];
  const privateFields: readonly string[] =
    data['entity'] === 'attendee'
      ? CHILD_PRIVATE_FIELDS
      : data['entity'] === 'attachment'
        ? ATTACHMENT_PRIVATE_FIELDS
        : [];
  if (typeof field === 'string' && privateFields.includes(field))
    return { ...data, keptValue: REDACTED_NAME, lostValue: REDACTED_NAME };
  return data;
}
